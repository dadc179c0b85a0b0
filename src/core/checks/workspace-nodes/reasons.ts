import type { ReasonSpecs } from '../definition';

/** The reasons workspace-nodes returns, with the names of their parameters. */
export const reasons = {
  /** Every node that runs workspaces has a kubelet of at least `minimum` (the 4.20 kubelet). */
  'nodes-kubelet-ok': ['count', 'minimum'],
  /** Nodes with an older kubelet refuse hostUsers pods; `paused`: which of `pools` are paused. */
  'nodes-kubelet-too-old': ['count', 'nodes', 'pools', 'paused', 'minimum'],
  /** Nodes whose kubelet version is missing or unreadable (no status.nodeInfo). */
  'nodes-kubelet-unknown': ['count', 'nodes'],
  /** Pools holding workspace nodes that have no status yet. */
  'nodes-pool-status-missing': ['pools'],
  /** The CheCluster's node selector matches no node: workspaces cannot be scheduled. */
  'nodes-none-selected': ['selector'],
  /** The node list is empty: nothing tells which kubelets would run workspaces. */
  'nodes-none': [],
} as const satisfies ReasonSpecs;
