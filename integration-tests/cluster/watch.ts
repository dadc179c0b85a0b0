/**
 * Watches, as kube-apiserver serves them: over HTTP streaming (200, chunked, one JSON event
 * `{"type","object"}` per line) for `?watch=true`, or, when the request is a WebSocket upgrade of
 * the same URL (what the console's backend forwards from the browser), one event per text message.
 */
import type { ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import type { ClusterState } from './cluster';
import type { ResourceInfo } from './resources';
import type { LabelMatcher, ObjectMatcher } from './selectors';
import { gone } from './status';
import type { StoreEvent } from './store';
import type { K8sObjectLike } from './types';

export interface WatchRequest {
  info: ResourceInfo;
  namespace?: string;
  labels: LabelMatcher;
  fields: ObjectMatcher;
  resourceVersion: string | null;
  dropAfterMs?: number;
  timeoutSeconds?: number;
  /** Turns a stored object into what this resource shows (projects are views of namespaces). */
  view?: (obj: K8sObjectLike) => K8sObjectLike;
}

/** Where a watch's events go: an HTTP stream or a WebSocket. */
export interface WatchSink {
  send(line: string): void;
  /** The server ends the watch (timeout, expired resourceVersion). */
  end(): void;
  /** The connection drops without a goodbye, as when a proxy or the network cuts it. */
  drop(): void;
  onClose(fn: () => void): void;
}

export const httpWatchSink = (res: ServerResponse): WatchSink => {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache',
    'Transfer-Encoding': 'chunked',
  });
  res.flushHeaders();
  return {
    send: (line) => void res.write(`${line}\n`),
    end: () => void res.end(),
    drop: () => void res.destroy(),
    onClose: (fn) => void res.on('close', fn),
  };
};

export const webSocketWatchSink = (ws: WebSocket): WatchSink => ({
  send: (line) => ws.send(line),
  end: () => ws.close(1000),
  // No close frame: the browser sees 1006 (abnormal closure), as for a cut connection.
  drop: () => ws.terminate(),
  onClose: (fn) => void ws.on('close', fn),
});

export interface OpenWatch {
  end(): void;
  drop(): void;
}

/** Starts a watch; returns its handle. */
export function serveWatch(
  state: ClusterState,
  w: WatchRequest,
  sink: WatchSink,
  onEnd: () => void,
): OpenWatch {
  const matches = (obj: K8sObjectLike): boolean =>
    (!w.namespace || obj.metadata?.namespace === w.namespace) &&
    w.labels(obj.metadata?.labels) &&
    w.fields(obj);
  const relevant = (e: StoreEvent): boolean => e.resource === w.info && matches(e.object);
  const view = w.view ?? ((o: K8sObjectLike) => o);
  const send = (type: string, object: K8sObjectLike): void => {
    sink.send(JSON.stringify({ type, object: type === 'ERROR' ? object : view(object) }));
  };

  let ended = false;
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe = (): void => undefined;
  const finish = (how: () => void): void => {
    if (ended) return;
    ended = true;
    unsubscribe();
    timers.forEach(clearTimeout);
    how();
    onEnd();
  };
  const handle: OpenWatch = {
    end: () => finish(() => sink.end()),
    drop: () => finish(() => sink.drop()),
  };
  const end = (): void => handle.end();

  const rv = w.resourceVersion;
  if (!rv || rv === '0') {
    // No resourceVersion (or "0" = any): synthetic ADDED for the current state, then changes.
    for (const obj of state.store.list(w.info, w.namespace)) if (matches(obj)) send('ADDED', obj);
  } else {
    const events = state.store.eventsSince(Number(rv));
    if (events === 'expired') {
      send(
        'ERROR',
        gone(`too old resource version: ${rv} (${state.store.resourceVersion})`)
          .body as unknown as K8sObjectLike,
      );
      end();
      return handle;
    }
    for (const e of events) if (relevant(e)) send(e.type, e.object);
  }
  unsubscribe = state.store.subscribe((e) => {
    if (relevant(e)) send(e.type, e.object);
  });
  sink.onClose(() => finish(() => undefined));
  if (w.dropAfterMs !== undefined) timers.push(setTimeout(end, w.dropAfterMs));
  if (w.timeoutSeconds) timers.push(setTimeout(end, w.timeoutSeconds * 1000));
  return handle;
}
