// The healthy matrix (issue 20): clusters where nested containers are on and reconciled, built
// object by object the way che-operator, the DevWorkspace Operator, the console and OpenShift
// write them, across what varies on ordinary healthy clusters. Every one must read "ready" with
// nothing in the summary: a false alarm here is a wrong answer.
import { describe, expect, it } from 'vitest';
import type { CheCluster } from '../models/cheCluster';
import type { Pod } from '../models/pod';
import { evaluate } from './evaluate';
import { loaded, NOT_FOUND, type ClusterSnapshot } from './snapshot';
import { summarize } from './summary';
import {
  clusterVersion,
  dwoBinding,
  dwoc,
  dwoClusterRole,
  featureGate,
  offSnapshot,
  runScc,
  userClusterRole,
  userNamespace,
  userRoleBinding,
} from './testing/builders';
import { devSpacesWorkspace, webTerminalWorkspace } from './testing/devWorkspaces';
import { webTerminalPod } from './testing/devWorkspaceShapes';
import { clusterNodes } from './testing/nodes';
import { buildWorkspacePod } from './testing/workspacePod';

type Flavor = 'devspaces' | 'che';

interface Case {
  flavor: Flavor;
  /** The run SCC's name: the CRD default, or one the administrator chose. */
  scc: 'container-run' | 'nested-podman-run';
  terminal: boolean;
  workload: 'one-running' | 'several-stopped';
  /** ClusterVersion 4.20.8 → 4.21.2 in progress: the worker pool half-way. */
  upgrading: boolean;
}

const FLAVOR = {
  devspaces: { name: 'devspaces', namespace: 'openshift-devspaces', suffix: 'devspaces' },
  che: { name: 'eclipse-che', namespace: 'eclipse-che', suffix: 'che' },
} as const;

/** The CheCluster with the switch on, as the API server returns it (CRD defaults applied). */
const cheClusterOn = (flavor: Flavor, scc: string): CheCluster => {
  const f = FLAVOR[flavor];
  return {
    apiVersion: 'org.eclipse.che/v2',
    kind: 'CheCluster',
    metadata: {
      name: f.name,
      namespace: f.namespace,
      uid: `uid-${f.name}`,
      resourceVersion: '48211',
      generation: 5,
      labels: { 'app.kubernetes.io/part-of': 'che.eclipse.org' },
    },
    spec: {
      devEnvironments: {
        disableContainerRunCapabilities: false,
        containerRunConfiguration: {
          openShiftSecurityContextConstraint: scc,
          workspacesPodAnnotations: { 'io.kubernetes.cri-o.Devices': '/dev/fuse,/dev/net/tun' },
          containerSecurityContext: {
            procMount: 'Unmasked',
            allowPrivilegeEscalation: true,
            capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
          },
        },
      },
    },
    status: {
      chePhase: 'Active',
      cheVersion: flavor === 'devspaces' ? '3.24.0' : '7.116.0',
      cheURL: `https://${f.name}.apps.cluster.example.com`,
    },
  };
};

const USERS = ['alice', 'bob'];

const snapshotOf = (c: Case): ClusterSnapshot => {
  const f = FLAVOR[c.flavor];
  const che = cheClusterOn(c.flavor, c.scc);
  const scc = runScc({ name: c.scc, flavor: c.flavor });
  const config = dwoc(f.namespace);
  const namespaces = USERS.map((u) => `${u}-${f.suffix}`);
  const workspaces =
    c.workload === 'one-running'
      ? [devSpacesWorkspace({ namespace: namespaces[0], scc: c.scc, cheNamespace: f.namespace })]
      : USERS.flatMap((u, i) =>
          ['web-app', 'api'].map((name, j) =>
            devSpacesWorkspace({
              name,
              namespace: namespaces[i],
              creator: `uid-${u}`,
              id: `workspace${i}${j}0123456789abcd`,
              started: false,
              scc: c.scc,
              cheNamespace: f.namespace,
            }),
          ),
        );
  const pods: Pod[] = workspaces.flatMap((dw) => {
    const pod = buildWorkspacePod({ devWorkspace: dw, cheCluster: che, dwoc: config, scc });
    return pod ? [pod] : [];
  });
  const terminals = c.terminal
    ? [
        webTerminalWorkspace(),
        webTerminalWorkspace({
          namespace: namespaces[1],
          name: 'terminal-p9r3zd',
          id: 'workspace1f2e3d4c5b6a7988',
          creator: 'uid-bob',
        }),
      ]
    : [];
  const version = c.upgrading ? clusterVersion('4.20.8', '4.21.2') : clusterVersion('4.20.8');
  const gates = featureGate({ version: '4.20.8' });
  if (c.upgrading)
    gates.status!.featureGates!.unshift({
      ...featureGate({ version: '4.21.2' }).status!.featureGates![0],
    });
  const { nodes, pools } = c.upgrading
    ? clusterNodes({ release: '4.21', pools: { worker: { from: '4.20', updated: 1 } } })
    : clusterNodes({ release: '4.20' });
  return offSnapshot({
    clusterVersion: loaded(version),
    featureGate: loaded(gates),
    cheClusters: loaded([che]),
    sccs: { [c.scc]: loaded(scc) },
    devWorkspaceOperatorConfigs: { [f.namespace]: loaded(config) },
    clusterRoles: {
      [`${f.suffix}-user-container-run`]: loaded(userClusterRole(f.suffix, c.scc)),
      'dev-workspace-container-run': loaded(dwoClusterRole(c.scc)),
    },
    clusterRoleBindings: { 'dev-workspace-container-run': loaded(dwoBinding()) },
    userRoleBindings: {
      [`${f.suffix}-user-container-run`]: loaded(
        USERS.map((u, i) => userRoleBinding(namespaces[i], u, f.suffix)),
      ),
    },
    userNamespaces: loaded(USERS.map((u, i) => userNamespace(namespaces[i], u))),
    devWorkspaces: loaded([...workspaces, ...terminals]),
    workspacePods: loaded([...pods, ...terminals.map((t) => webTerminalPod(t))]),
    nodes: loaded(nodes),
    machineConfigPools: loaded(pools),
    runtimeOverrides: offSnapshot().runtimeOverrides,
    containerRuntimeConfigs: loaded([]),
  });
};

const CASES: Case[] = (['devspaces', 'che'] as const).flatMap((flavor) =>
  (['container-run', 'nested-podman-run'] as const).flatMap((scc) =>
    [false, true].flatMap((terminal) =>
      (['one-running', 'several-stopped'] as const).flatMap((workload) =>
        [false, true].map((upgrading) => ({ flavor, scc, terminal, workload, upgrading })),
      ),
    ),
  ),
);

const label = (c: Case) =>
  `${c.flavor}, SCC ${c.scc}, ${c.terminal ? 'with' : 'without'} Web Terminals, ${c.workload}${c.upgrading ? ', upgrading to 4.21' : ''}`;

describe('the healthy matrix: nested containers on and reconciled', () => {
  it('has every combination', () => expect(CASES).toHaveLength(32));

  it.each(CASES.map((c) => [label(c), c] as const))('%s: ready, nothing to look at', (_, c) => {
    const now = Date.UTC(2026, 11, 3);
    const report = evaluate(snapshotOf(c), { now });
    const [cheClusterReport] = report.cheClusterReports;
    const notFine = cheClusterReport.checks
      .filter((r) => r.status !== 'pass' && r.status !== 'na')
      .map((r) => `${r.id}: ${r.status} ${r.reason}`);
    expect(notFine).toEqual([]);
    expect(cheClusterReport.verdict).toBe('ready');
    expect(cheClusterReport.featureState).toBe('enabled');
    const summary = summarize(cheClusterReport, undefined, now);
    expect(summary.items).toEqual([]);
    expect(summary.headline).toEqual({ kind: 'enabled', problems: 0 });
    // The pods the checks judged are the Dev Spaces ones only.
    const pods = cheClusterReport.checks.find((r) => r.id === 'workspace-pod-config')!;
    expect(pods.reason).toBe(c.workload === 'one-running' ? 'pod-config-ok' : 'pod-config-no-pods');
  });
});

// Kept beside the matrix: the same cluster with what the matrix varies broken once, so the test
// can fail (a matrix that passes whatever it is given proves nothing).
describe('the same clusters, one thing wrong', () => {
  const base: Case = {
    flavor: 'che',
    scc: 'nested-podman-run',
    terminal: true,
    workload: 'one-running',
    upgrading: true,
  };

  it('the run SCC missing: not ready', () => {
    const s = snapshotOf(base);
    const report = evaluate({ ...s, sccs: { 'nested-podman-run': NOT_FOUND } }, { now: 0 });
    expect(report.cheClusterReports[0].verdict).toBe('not-ready');
  });

  it('the tool container without HOST_USERS: workspace-pod-config fails', () => {
    const s = snapshotOf(base);
    const pods = structuredClone((s.workspacePods as { data: Pod[] }).data);
    const tools = pods[0].spec!.containers![0];
    tools.env = (tools.env ?? []).filter((e) => e.name !== 'HOST_USERS');
    const report = evaluate({ ...s, workspacePods: loaded(pods) }, { now: 0 });
    const r = report.cheClusterReports[0].checks.find((x) => x.id === 'workspace-pod-config')!;
    expect(r.status).toBe('fail');
  });
});
