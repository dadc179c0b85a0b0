/**
 * Measures list latency on the 10,000-workspace scenario over HTTP:
 *   npm run bench:cluster
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimulatedCluster, loadScenario } from '../integration-tests/cluster/index';

async function main(): Promise<void> {
  const t0 = performance.now();
  const scenario = await loadScenario(
    new URL('../integration-tests/scenarios/workspaces-10k.yaml', `file://${__filename}`).pathname,
  );
  const cluster = createSimulatedCluster(scenario);
  console.log(
    `load+create: ${(performance.now() - t0).toFixed(0)} ms, ${cluster.objects().length} objects`,
  );
  const server = createServer((req, res) => void cluster.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/kubernetes`;
  const paths = [
    '/apis/workspace.devfile.io/v1alpha2/devworkspaces',
    '/api/v1/pods?labelSelector=controller.devfile.io%2Fdevworkspace_id',
  ];
  for (const path of paths) {
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const body = (await (await fetch(base + path)).json()) as { items: unknown[] };
      times.push(performance.now() - t);
      count = body.items.length;
    }
    times.sort((a, b) => a - b);
    console.log(
      `${path}: ${count} items, median ${times[2].toFixed(0)} ms, max ${times[4].toFixed(0)} ms`,
    );
  }
  cluster.close();
  server.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
