/**
 * A simulated cluster on an ephemeral 127.0.0.1 port with a kubeconfig for it, so tests drive it with
 * the real kubectl (or a script that calls kubectl). Child processes are spawned asynchronously: the
 * cluster answers from this very process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createSimulatedCluster } from '../cluster';
import { closerFor } from '../cluster/closeServer';
import type { SimulatedCluster, SimulatedClusterOptions, Scenario } from '../cluster';
import { kubeTool } from './kubeTools';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface KubectlCluster {
  cluster: SimulatedCluster;
  /** The API server URL kubectl is given (http://127.0.0.1:<port>/api/kubernetes). */
  server: string;
  /** Environment for child processes: KUBECONFIG, a private discovery cache, .tools/bin on PATH. */
  env: NodeJS.ProcessEnv;
  kubectl(args: string[], input?: string): Promise<RunResult>;
  run(command: string, args: string[], env?: Record<string, string>): Promise<RunResult>;
  /** Called with each request's method and URL before the cluster handles it. */
  beforeRequest(fn: (method: string, url: string) => void): void;
  close(): Promise<void>;
}

export async function serveForKubectl(
  scenario: Scenario,
  options: SimulatedClusterOptions = {},
): Promise<KubectlCluster> {
  const cluster = createSimulatedCluster(scenario, options);
  const listeners: ((method: string, url: string) => void)[] = [];
  const server = createServer((req, res) => {
    listeners.forEach((fn) => fn(req.method ?? 'GET', req.url ?? ''));
    if (!cluster.handle(req, res)) {
      res.writeHead(404);
      res.end();
    }
  });
  const closeServer = closerFor(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/api/kubernetes`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kubectl-sim-'));
  const kubeconfig = path.join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'sim', cluster: { server: url } }],
      users: [{ name: 'admin', user: { token: 'simulated' } }],
      contexts: [{ name: 'sim', context: { cluster: 'sim', user: 'admin' } }],
      'current-context': 'sim',
    }),
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KUBECONFIG: kubeconfig,
    KUBECACHEDIR: path.join(dir, 'cache'),
    HOME: dir,
    PATH: `${path.dirname(kubeTool('kubectl'))}${path.delimiter}${process.env.PATH ?? ''}`,
  };
  const run = (
    command: string,
    args: string[],
    extra: Record<string, string> = {},
    input?: string,
  ) =>
    new Promise<RunResult>((resolve, reject) => {
      const child = spawn(command, args, {
        env: { ...env, ...extra },
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
      if (input !== undefined) child.stdin?.end(input);
    });
  return {
    cluster,
    server: url,
    env,
    kubectl: (args, input) => run(kubeTool('kubectl'), args, {}, input),
    run: (command, args, extra) => run(command, args, extra),
    beforeRequest: (fn) => listeners.push(fn),
    close: async () => {
      cluster.close();
      await closeServer();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
