/**
 * The simulated OpenShift/Kubernetes API server: the contract the console shell and the browser
 * tests use. See README.md for the scenario format.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ClusterState } from './cluster';
import { Router } from './http';
import type { RequestLogEntry } from './http';
import { OperatorSimulation } from './operator';
import { SmokePodSimulation } from './smokePods';
import { WorkspaceOperatorSimulation } from './workspaceOperator';
import type { K8sObjectLike, Scenario } from './types';

export { loadScenario } from './scenario';
export { API_PREFIX } from './http';
export type { RequestLogEntry } from './http';
export type {
  K8sObjectLike,
  Scenario,
  ScenarioHeader,
  DenyRule,
  FaultRule,
  GenerateSpec,
} from './types';

export interface SimulatedClusterOptions {
  /** Delay before the simulated operator reacts (default: scenario header, else 1500 ms). */
  operatorDelayMs?: number;
  log?: (line: string) => void;
}

export interface SimulatedCluster {
  /** Handles any request whose URL path starts with /api/kubernetes/ ; returns false if not its path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Serves a WebSocket upgrade of a watch URL (one event per message); false if not its path. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Cuts every open watch (HTTP or WebSocket) as a dropped connection would; returns how many. */
  dropWatches(): number;
  openWatches(): number;
  /** Current state (stored objects; treat as read-only). */
  objects(): K8sObjectLike[];
  /** The API groups discovery lists, sorted ("" for the core group). */
  servedGroups(): string[];
  requestLog(): RequestLogEntry[];
  /** Replace/insert an object as an external actor would: new resourceVersion, watch event. */
  update(obj: K8sObjectLike): void;
  /** Resolves once the simulated operator has finished every reconcile scheduled so far. */
  operatorSettled(): Promise<void>;
  /** Ends watches and timers. */
  close(): void;
}

export function createSimulatedCluster(
  scenario: Scenario,
  options: SimulatedClusterOptions = {},
): SimulatedCluster {
  const state = new ClusterState(scenario);
  const router = new Router(state);
  const log = options.log ?? (() => undefined);
  const operator = new OperatorSimulation(state, {
    delayMs: options.operatorDelayMs ?? scenario.header.operator?.delayMs ?? 1500,
    enabled: scenario.header.operator?.enabled ?? true,
    log,
  });
  const workspaceOperator = new WorkspaceOperatorSimulation(state, log);
  const smokePods = new SmokePodSimulation(state, scenario.header.smokeTest ?? {});
  state.podAdmission = (pod) => smokePods.admit(pod);
  state.podLog = (namespace, name) => smokePods.log(namespace, name);
  return {
    handle: (req, res) => router.handle(req, res),
    handleUpgrade: (req, socket, head) => router.handleUpgrade(req, socket, head),
    dropWatches: () => router.dropWatches(),
    openWatches: () => router.openWatchCount,
    objects: () => state.store.all(),
    servedGroups: () => [...state.servedGroups()].sort(),
    requestLog: () => [...router.log],
    update: (obj) => {
      state.update(obj);
    },
    operatorSettled: () => operator.settled(),
    close: () => {
      operator.stop();
      smokePods.stop();
      workspaceOperator.stop();
      router.closeWatches();
    },
  };
}
