// Kubernetes watch over a WebSocket, as the console opens it (ws://<host>/api/kubernetes/...?watch=true):
// one JSON event per message. Resolves when the socket closes, for whatever reason.
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export type WatchEvent = { type: string; object: K8sResourceCommon };

/** Resolves `true` if the socket delivered at least one event before it closed. */
export const streamWatch = (
  url: string,
  signal: AbortSignal,
  onEvents: (events: WatchEvent[]) => void,
): Promise<boolean> =>
  new Promise((resolve) => {
    let delivered = false;
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${window.location.host}${url}`);
    const abort = () => ws.close(1000);
    signal.addEventListener('abort', abort);
    ws.onmessage = (m: MessageEvent<string>) => {
      delivered = true;
      try {
        onEvents([JSON.parse(m.data) as WatchEvent]);
      } catch (e) {
        console.warn(`watch ${url}: bad event`, e);
      }
    };
    ws.onclose = (e) => {
      signal.removeEventListener('abort', abort);
      if (!signal.aborted && e.code !== 1000) console.warn(`watch ${url} closed (${e.code})`);
      resolve(delivered);
    };
  });
