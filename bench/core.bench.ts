/**
 * Benchmark (a report, not a test): evaluate() on a cluster with N DevWorkspaces and N workspace
 * pods and N/5 Nodes (as the plugin keeps them from the Table of nodes), feature on, so every
 * workspace check runs. Two cases per size, medians:
 * - update: what every watch event costs once the page is open. One pod is a new object, the
 *   others are the objects of the last evaluation, as the console hands them over;
 * - cold: the first evaluation after the page opens, every object new.
 * And the cold cost per object relative to the smallest size (1.0 = linear).
 *
 * The core is measured as the plugin's build ships it: bundled into one scope (esbuild here,
 * webpack's module concatenation in the plugin), not as tsx runs it, where every call across
 * modules goes through a CommonJS export getter and costs the hot loops about half again.
 *
 *   npm run bench:core    (RUNS=30 updates, COLD_RUNS=7 cold reads by default)
 *
 * Run with --expose-gc (the npm script does) so each size starts from a collected heap.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { evaluate as evaluateType } from '../src/core';
import { loaded } from '../src/core/snapshot';
import type { ClusterSnapshot } from '../src/core/snapshot';
import type { Pod } from '../src/models/pod';
import {
  cheCluster,
  devSpacesPod,
  devWorkspace,
  onSnapshot,
  workspacePod,
} from '../src/core/testing/builders';
import { clusterNodes } from '../src/core/testing/nodes';
import { printNodeTable } from '../src/core/testing/nodeTable';
import { nodePageOf } from '../src/utils/nodeTable';

const bundledCore = (): { evaluate: typeof evaluateType } => {
  const dir = mkdtempSync(path.join(tmpdir(), 'core-bench-'));
  const outfile = path.join(dir, 'core.cjs');
  try {
    buildSync({
      entryPoints: [path.join(import.meta.dirname, '../src/core/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile,
      logLevel: 'warning',
    });
    return createRequire(import.meta.url)(outfile) as { evaluate: typeof evaluateType };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
const { evaluate } = bundledCore();

const RUNS = Number(process.env.RUNS ?? 30);
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 7);
const SIZES = [1_000, 5_000, 10_000, 20_000];

/**
 * N users' workspaces: a third created before the switch (half of them recorded container-build,
 * half no SCC), every 50th pod runs as root, every 100th workspace is a Web Terminal (counted
 * apart, its pod left out); the rest are pods as DWO and che-operator build them.
 */
const snapshotJsonOf = (n: number): string => {
  const workspaces = Array.from({ length: n }, (_, i) =>
    devWorkspace({
      namespace: `user${i % 2000}-devspaces`,
      name: `ws-${i}`,
      id: `workspace${i.toString(16).padStart(16, '0')}`,
      scc: i % 6 === 0 ? undefined : i % 6 === 3 ? 'container-build' : 'container-run',
      started: i % 2 === 0,
      ...(i % 100 === 99 ? { routingClass: 'web-terminal' } : { owner: 'openshift-devspaces' }),
    }),
  );
  const pods = Array.from({ length: n }, (_, i) => {
    const o = {
      namespace: `user${i % 2000}-devspaces`,
      name: `workspace${i.toString(16).padStart(16, '0')}-5d8f7c9b4-x2x7q`,
      workspaceId: `workspace${i.toString(16).padStart(16, '0')}`,
    };
    if (i % 50 === 0) return workspacePod({ ...o, runAsUser: 0 });
    // The nested ones as DWO builds them: tool container, che-gateway, project-clone, injector.
    return i % 3 === 0
      ? workspacePod(o)
      : devSpacesPod({ namespace: o.namespace, id: o.workspaceId, name: `ws-${i}` });
  });
  // One node per five workspaces (2k for 10k), read the way useNodes.ts reads them.
  const { nodes, pools } = clusterNodes({ release: '4.20', masters: 3, workers: n / 5 - 3 });
  const listed = nodePageOf(printNodeTable(nodes, { now: 0 }))?.nodes ?? [];
  // Through JSON, as the API server's lists reach the plugin: the builders' spread-built objects
  // have shapes no real list has, and reading them costs several times more.
  return JSON.stringify(
    onSnapshot({
      cheClusters: loaded([cheCluster({ enabled: true })]),
      devWorkspaces: loaded(workspaces),
      workspacePods: loaded(pods),
      nodes: loaded(listed),
      machineConfigPools: loaded(pools),
    }),
  );
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const stats = (times: number[]) => ({
  median: median(times),
  min: Math.min(...times),
  max: Math.max(...times),
});

/**
 * An update as the console delivers it: a new list in which one pod is a new object (its status
 * changed) and every other item is the object it was (console-dynamic-plugin-sdk k8s-watcher.ts
 * getReduxData keeps each item's toJSON() until the item changes).
 */
const withOnePodChanged = (snapshot: ClusterSnapshot, i: number): ClusterSnapshot => {
  const pods = (snapshot.workspacePods as { data: Pod[] }).data;
  const k = i % pods.length;
  const changed = structuredClone(pods[k]);
  changed.metadata = { ...changed.metadata, resourceVersion: String(1000 + i) };
  const data = [...pods];
  data[k] = changed;
  return { ...snapshot, workspacePods: loaded(data) };
};

const measureUpdates = (json: string) => {
  let snapshot = JSON.parse(json) as ClusterSnapshot;
  for (let i = 0; i < 5; i++) evaluate(withOnePodChanged(snapshot, i), { now: 0 }); // JIT warm-up
  // Building the fixtures leaves hundreds of MB of garbage: collect it before measuring. The
  // evaluator's own allocations are still collected, and counted, while it runs.
  gc();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    snapshot = withOnePodChanged(snapshot, i);
    const t0 = performance.now();
    evaluate(snapshot, { now: 0 });
    times.push(performance.now() - t0);
  }
  return stats(times);
};

/** The first evaluation after the page opens: every object is new, nothing has been read yet. */
const measureCold = (json: string) => {
  const times: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const snapshot = JSON.parse(json) as ClusterSnapshot;
    gc();
    const t0 = performance.now();
    evaluate(snapshot, { now: 0 });
    times.push(performance.now() - t0);
  }
  return stats(times);
};

const rows = SIZES.map((n) => {
  const json = snapshotJsonOf(n);
  const check = evaluate(JSON.parse(json) as ClusterSnapshot, { now: 0 }).cheClusterReports[0];
  return {
    n,
    update: measureUpdates(json),
    cold: measureCold(json),
    legacy: check.legacyWorkspaces.length,
    root: check.rootOnHostPods.length,
  };
});

const base = rows[0].cold.median / rows[0].n;
console.log(
  `evaluate(): N DevWorkspaces + N workspace pods + N/5 Nodes, feature on, node ${process.version}`,
  `(load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )} on ${availableParallelism()} cores: other work on the machine inflates the numbers)`,
);
console.log(
  `update: one pod changed, the rest the same objects (${RUNS} runs); cold: every object new (${COLD_RUNS} runs)`,
);
console.log(
  'N'.padStart(7),
  'update median'.padStart(14),
  'max'.padStart(7),
  'cold median'.padStart(12),
  'min'.padStart(7),
  'max'.padStart(7),
  'cold/N vs 1k'.padStart(13),
  ' legacy  root',
);
const ms = (x: number, w: number) => x.toFixed(2).padStart(w);
for (const r of rows) {
  console.log(
    String(r.n).padStart(7),
    ms(r.update.median, 14),
    ms(r.update.max, 7),
    ms(r.cold.median, 12),
    ms(r.cold.min, 7),
    ms(r.cold.max, 7),
    (r.cold.median / r.n / base).toFixed(2).padStart(13),
    String(r.legacy).padStart(7),
    String(r.root).padStart(5),
  );
}
const at10k = rows.find((r) => r.n === 10_000)!;
const verdict = (x: number) => `${x.toFixed(2)} ms (goal < 20 ms: ${x < 20 ? 'met' : 'NOT met'})`;
console.log(
  `10k: update median ${verdict(at10k.update.median)}; cold median ${verdict(at10k.cold.median)}`,
);
