/** Test helpers: serve a scenario on an ephemeral 127.0.0.1 port and talk to it over HTTP. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closerFor } from './closeServer';
import { createSimulatedCluster, loadScenario } from './index';
import type { SimulatedCluster, SimulatedClusterOptions } from './index';
import type { Scenario } from './types';

export const SCENARIOS = new URL('../scenarios/', import.meta.url).pathname;

export interface Running {
  base: string;
  cluster: SimulatedCluster;
  close(): Promise<void>;
}

export async function serve(
  scenario: Scenario | string,
  options: SimulatedClusterOptions = {},
): Promise<Running> {
  const s = typeof scenario === 'string' ? await loadScenario(`${SCENARIOS}${scenario}`) : scenario;
  const cluster = createSimulatedCluster(s, options);
  const server = createServer((req, res) => {
    if (!cluster.handle(req, res)) {
      res.writeHead(404);
      res.end();
    }
  });
  // WebSocket watches, as the console's backend forwards them.
  server.on('upgrade', (req, socket, head: Buffer) => {
    if (!cluster.handleUpgrade(req, socket, head)) socket.destroy();
  });
  const closeServer = closerFor(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/api/kubernetes`,
    cluster,
    close: async () => {
      cluster.close();
      await closeServer();
    },
  };
}

export interface WatchEvent {
  type: string;
  object: {
    kind?: string;
    metadata?: { name?: string; resourceVersion?: string };
    [k: string]: unknown;
  };
}

/** Opens a watch and collects its events; `until` resolves once a predicate matches. */
export async function openWatch(url: string) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  const events: WatchEvent[] = [];
  let ended = false;
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((w) => w());
  const pump = (async () => {
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          events.push(JSON.parse(buffer.slice(0, nl)) as WatchEvent);
          buffer = buffer.slice(nl + 1);
        }
        notify();
      }
    } catch {
      // aborted
    }
    ended = true;
    notify();
  })();
  const until = async (
    pred: (events: WatchEvent[]) => boolean,
    timeoutMs = 3000,
  ): Promise<WatchEvent[]> => {
    const deadline = Date.now() + timeoutMs;
    while (!pred(events)) {
      if (ended)
        throw new Error(
          `watch ended before the expected events: ${JSON.stringify(events.map((e) => e.type))}`,
        );
      if (Date.now() > deadline)
        throw new Error(`timed out; events so far: ${JSON.stringify(events.map((e) => e.type))}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return events;
  };
  return {
    status: res.status,
    events,
    until,
    ended: () => ended,
    /** Settles when the server ends the stream. */
    finished: pump,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}

export const json = async <T = Record<string, unknown>>(res: Response): Promise<T> =>
  (await res.json()) as T;
