/**
 * Watches over HTTP streaming: 200, chunked, one JSON event per line (`{"type","object"}`), the way
 * kube-apiserver answers `?watch=true` without a WebSocket upgrade.
 */
import type { ServerResponse } from 'node:http';
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
}

/** Starts a watch; returns a function that ends it. */
export function serveWatch(
  state: ClusterState,
  w: WatchRequest,
  res: ServerResponse,
  onEnd: () => void,
): () => void {
  const matches = (obj: K8sObjectLike): boolean =>
    (!w.namespace || obj.metadata?.namespace === w.namespace) &&
    w.labels(obj.metadata?.labels) &&
    w.fields(obj);
  const relevant = (e: StoreEvent): boolean => e.resource === w.info && matches(e.object);
  const send = (type: string, object: unknown): void => {
    res.write(`${JSON.stringify({ type, object })}\n`);
  };

  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache',
    'Transfer-Encoding': 'chunked',
  });
  res.flushHeaders();

  let ended = false;
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe = (): void => undefined;
  const end = (): void => {
    if (ended) return;
    ended = true;
    unsubscribe();
    timers.forEach(clearTimeout);
    res.end();
    onEnd();
  };

  const rv = w.resourceVersion;
  if (!rv || rv === '0') {
    // No resourceVersion (or "0" = any): synthetic ADDED for the current state, then changes.
    for (const obj of state.store.list(w.info, w.namespace)) if (matches(obj)) send('ADDED', obj);
  } else {
    const events = state.store.eventsSince(Number(rv));
    if (events === 'expired') {
      send('ERROR', gone(`too old resource version: ${rv} (${state.store.resourceVersion})`).body);
      end();
      return end;
    }
    for (const e of events) if (relevant(e)) send(e.type, e.object);
  }
  unsubscribe = state.store.subscribe((e) => {
    if (relevant(e)) send(e.type, e.object);
  });
  res.on('close', end);
  if (w.dropAfterMs !== undefined) timers.push(setTimeout(end, w.dropAfterMs));
  if (w.timeoutSeconds) timers.push(setTimeout(end, w.timeoutSeconds * 1000));
  return end;
}
