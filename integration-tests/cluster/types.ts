/** Shapes shared by the simulated cluster's modules. Kubernetes objects stay loosely typed on purpose:
 * the simulator stores whatever a scenario or a client sends, like the real API server stores JSON. */
import type { ClusterNodesOptions } from '../../src/core/testing/nodes';

export interface ObjectMetaLike {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

export interface K8sObjectLike {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMetaLike;
  [key: string]: unknown;
}

/** A verb the scenario's user is refused (`*` or absent matches anything). */
export interface DenyRule {
  verb: string;
  group?: string;
  resource: string;
  namespace?: string;
  name?: string;
}

/** An injected failure on matching requests. */
export interface FaultRule {
  group?: string;
  resource: string;
  verb?: string;
  namespace?: string;
  name?: string;
  /** Respond with this HTTP status and a matching Status body instead of serving the request. */
  status?: number;
  message?: string;
  /** Delay before answering (applies to watches too: delays the stream's start). */
  latencyMs?: number;
  /** Close watch streams this long after they open. */
  dropWatchAfterMs?: number;
}

export interface GenerateSpec {
  devWorkspaces?: number;
  pods?: number;
  /** Share of generated workspaces created before the switch (no run SCC attribute). */
  legacyRatio?: number;
  /** How many user namespaces the generated workspaces spread over (default: one per 10). */
  users?: number;
  /** SCC recorded by non-legacy workspaces (default container-run). */
  scc?: string;
  /**
   * ClusterRole each user namespace gets a RoleBinding of the same name to, as che-operator's
   * user-namespace controller creates it with the switch on (e.g. devspaces-user-container-run).
   */
  userRoleBinding?: string;
  /**
   * The running workspaces as the dashboard creates them (the editor, a UDI tools component with
   * HOST_USERS) with no pod in the file: the simulated DevWorkspace Operator builds each pod at load
   * the way DWO builds it (workspaceOperator.ts), not the generator's one-container pod.
   */
  operatorPods?: boolean;
}

export interface ScenarioHeader {
  description?: string;
  include?: string[];
  user?: { name: string; groups?: string[] };
  /** false = a plain Kubernetes cluster: no OpenShift API groups. Default: true with a header,
   * detected from the objects for a header-less dump. */
  openshift?: boolean;
  /** Extra API groups to serve even without their CRD. */
  servedGroups?: string[];
  /** API groups not served even on OpenShift, whatever the objects hold: hosted control planes have
   * no machineconfiguration.openshift.io. */
  unservedGroups?: string[];
  deny?: DenyRule[];
  faults?: FaultRule[];
  operator?: { enabled?: boolean; delayMs?: number };
  /** Strip disableContainerRunCapabilities/containerRunConfiguration from the CheCluster CRD's v2
   * schema: an operator older than 7.111 that does not know the switch. */
  operatorTooOld?: boolean;
  /** A DevWorkspace Operator older than 0.37, at this version: its DevWorkspaceOperatorConfig CRD
   * (derived from the real one) has no config.workspace.hostUsers, and OLM's CSV says so. */
  dwoTooOld?: string;
  /** Objects an included part brings that this scenario does not have (e.g. the run SCC). */
  omit?: { kind: string; name: string; namespace?: string }[];
  generate?: GenerateSpec;
  /**
   * The cluster's Nodes and MachineConfigPools, as the kubelet and machine-config-operator write
   * them (src/core/testing/nodes.ts): the release the pools render, how many control-plane and
   * worker nodes, and per pool how far an update got (`updated` nodes on the release, the rest on
   * `from`) or whether it is paused. The OpenShift version parts set it; a scenario overrides it whole.
   */
  nodes?: ClusterNodesOptions;
  /** How the nodes treat smoke-test pods (smokePods.ts); the outcome follows from the pod itself. */
  smokeTest?: {
    /** Delay between the pod's life steps (default 150 ms). */
    stepMs?: number;
    /** No node fits the pod: it stays Pending with a FailedScheduling event. */
    unschedulable?: boolean;
    /** Images whose pull fails (ErrImagePull). */
    unpullableImages?: string[];
    /** Images whose entrypoint lacks the /etc/subuid rewrite (ubi8 tags are assumed to lack it). */
    imagesWithoutSubuidRewrite?: string[];
    /** CRI-O on the nodes does not honour the devices annotation (no /dev/fuse, /dev/net/tun). */
    devicesIgnored?: boolean;
  };
}

export interface Scenario {
  name: string;
  source: string;
  hasHeader: boolean;
  header: ScenarioHeader;
  objects: K8sObjectLike[];
}

export const HEADER_KIND = 'SimulatedClusterScenario';
export const HEADER_API_VERSION = 'sim.devspaces-nested-containers.io/v1';
