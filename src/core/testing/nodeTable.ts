/**
 * Test-only: kube-apiserver's server-side printing of Nodes (`Accept: application/json;as=Table;
 * v=v1;g=meta.k8s.io`), as kubernetes pkg/printers/internalversion/printers.go builds it: the node
 * columns (wide ones at priority 1, always sent), printNode's cells, and each row's object as the
 * `includeObject` query asks (`Metadata` by default: a PartialObjectMetadata). The simulated
 * cluster and the fake console both answer with it.
 */
import type { Node, Table, TableColumnDefinition } from '../../models/node';
import { NODE_ROLE_PREFIX } from '../../models/node';
import { at, dict, isDict, list, nameOf, str } from '../guards';

const NAME_DOC =
  'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names';
const CREATED_DOC =
  'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata';
const ADDRESSES_DOC =
  "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP).";

export const NODE_COLUMNS: TableColumnDefinition[] = [
  { name: 'Name', type: 'string', format: 'name', description: NAME_DOC, priority: 0 },
  {
    name: 'Status',
    type: 'string',
    format: '',
    description: 'The status of the node',
    priority: 0,
  },
  { name: 'Roles', type: 'string', format: '', description: 'The roles of the node', priority: 0 },
  { name: 'Age', type: 'string', format: '', description: CREATED_DOC, priority: 0 },
  {
    name: 'Version',
    type: 'string',
    format: '',
    description: 'Kubelet Version reported by the node.',
    priority: 0,
  },
  { name: 'Internal-IP', type: 'string', format: '', description: ADDRESSES_DOC, priority: 1 },
  { name: 'External-IP', type: 'string', format: '', description: ADDRESSES_DOC, priority: 1 },
  {
    name: 'OS-Image',
    type: 'string',
    format: '',
    description:
      'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).',
    priority: 1,
  },
  {
    name: 'Kernel-Version',
    type: 'string',
    format: '',
    description: "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).",
    priority: 1,
  },
  {
    name: 'Container-Runtime',
    type: 'string',
    format: '',
    description:
      'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).',
    priority: 1,
  },
];

/** duration.HumanDuration (k8s.io/apimachinery): the AGE column. */
export const humanDuration = (ms: number): string => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const d = Math.floor(h / 24);
  const y = Math.floor(d / 365);
  if (s < 120) return `${s}s`;
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (h < 192) return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`;
  if (y < 2) return `${d}d`;
  if (y < 8) return d % 365 === 0 ? `${y}y` : `${y}y${d % 365}d`;
  return `${y}y`;
};

const address = (n: unknown, type: string): string =>
  str(dict(list(at(n, 'status', 'addresses')).find((a) => str(dict(a).type) === type)).address) ??
  '<none>';

/** findNodeRoles: `node-role.kubernetes.io/<role>` keys and a `kubernetes.io/role` value, sorted. */
const rolesOf = (n: unknown): string => {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(dict(at(n, 'metadata', 'labels')))) {
    if (k.startsWith(NODE_ROLE_PREFIX) && k.length > NODE_ROLE_PREFIX.length)
      roles.add(k.slice(NODE_ROLE_PREFIX.length));
    else if (k === 'kubernetes.io/role' && str(v)) roles.add(String(v));
  }
  return [...roles].sort().join(',') || '<none>';
};

const statusOf = (n: unknown): string => {
  const ready = list(at(n, 'status', 'conditions')).find((c) => str(dict(c).type) === 'Ready');
  const out = [ready ? (str(dict(ready).status) === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (at(n, 'spec', 'unschedulable') === true) out.push('SchedulingDisabled');
  return out.join(',');
};

const orUnknown = (v: unknown): string => str(v) || '<unknown>';

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export const printNodeTable = (
  nodes: readonly unknown[],
  o: {
    includeObject?: IncludeObject;
    now: number;
    metadata?: Table['metadata'];
    apiVersion?: string;
  },
): Table => ({
  kind: 'Table',
  apiVersion: o.apiVersion ?? 'meta.k8s.io/v1',
  metadata: o.metadata ?? {},
  columnDefinitions: NODE_COLUMNS,
  rows: nodes.filter(isDict).map((n) => {
    const created = Date.parse(str(at(n, 'metadata', 'creationTimestamp')) ?? '');
    const cells = [
      nameOf(n),
      statusOf(n),
      rolesOf(n),
      Number.isFinite(created) ? humanDuration(o.now - created) : '<unknown>',
      str(at(n, 'status', 'nodeInfo', 'kubeletVersion')) ?? '',
      address(n, 'InternalIP'),
      address(n, 'ExternalIP'),
      orUnknown(at(n, 'status', 'nodeInfo', 'osImage')),
      orUnknown(at(n, 'status', 'nodeInfo', 'kernelVersion')),
      orUnknown(at(n, 'status', 'nodeInfo', 'containerRuntimeVersion')),
    ];
    const include = o.includeObject ?? 'Metadata';
    if (include === 'None') return { cells };
    if (include === 'Object') return { cells, object: n as Node };
    return {
      cells,
      object: {
        kind: 'PartialObjectMetadata',
        apiVersion: 'meta.k8s.io/v1',
        metadata: dict(at(n, 'metadata')),
      },
    };
  }),
});
