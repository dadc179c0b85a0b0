/**
 * Test-only factories for cluster objects, shaped like the real payloads in ./reference. Each
 * returns a fresh object, so tests may mutate what they get.
 */
import type { CheCluster } from '../../models/cheCluster';
import type { ClusterRole } from '../../models/clusterRole';
import type { ClusterRoleBinding } from '../../models/clusterRoleBinding';
import type { ClusterServiceVersion } from '../../models/clusterServiceVersion';
import type { ClusterVersion } from '../../models/clusterVersion';
import type { ContainerRuntimeConfig } from '../../models/containerRuntimeConfig';
import type { CustomResourceDefinition } from '../../models/customResourceDefinition';
import type { DevWorkspace } from '../../models/devWorkspace';
import type { DevWorkspaceOperatorConfig } from '../../models/devWorkspaceOperatorConfig';
import type { FeatureGate } from '../../models/featureGate';
import type { Namespace } from '../../models/namespace';
import type { MachineConfig } from '../../models/machineConfig';
import { MC_ROLE_LABEL, RUNC_OVERRIDE_NAMES, runcOverrideName } from '../../models/machineConfig';
import type { Pod } from '../../models/pod';
import type { RoleBinding } from '../../models/roleBinding';
import type { SecurityContextConstraints } from '../../models/securityContextConstraints';
import type { ClusterSnapshot } from '../snapshot';
import { operatorLabels } from '../cheCluster';
import { loaded, NOT_FOUND } from '../snapshot';
import { devSpacesWorkspace, type DevSpacesWorkspaceOptions } from './devWorkspaces';
import { buildWorkspacePod } from './workspacePod';
import {
  cheClusterCrd,
  derivedDwoc,
  derivedRbac,
  derivedRunScc,
  derivedUserClusterRole,
  dwocCrd,
  featureGate420,
} from './reference';
import { clusterNodes } from './nodes';

export const GATES = [
  'UserNamespacesSupport',
  'UserNamespacesPodSecurityStandards',
  'ProcMountType',
];

export interface CheClusterOptions {
  name?: string;
  namespace?: string;
  /** undefined: the field is absent (CRD default true = off). */
  enabled?: boolean;
  runScc?: string;
  phase?: string;
  resourceVersion?: string | null;
}

export const cheCluster = (o: CheClusterOptions = {}): CheCluster => {
  const devEnvironments: NonNullable<CheCluster['spec']>['devEnvironments'] = {};
  if (o.enabled !== undefined) devEnvironments.disableContainerRunCapabilities = !o.enabled;
  if (o.runScc)
    devEnvironments.containerRunConfiguration = { openShiftSecurityContextConstraint: o.runScc };
  return {
    apiVersion: 'org.eclipse.che/v2',
    kind: 'CheCluster',
    metadata: {
      name: o.name ?? 'devspaces',
      namespace: o.namespace ?? 'openshift-devspaces',
      uid: `uid-${o.name ?? 'devspaces'}`,
      ...(o.resourceVersion === null ? {} : { resourceVersion: o.resourceVersion ?? '1001' }),
    },
    spec: { devEnvironments },
    status: {
      chePhase: o.phase ?? 'Active',
      cheVersion: '3.22.0',
      cheURL: 'https://devspaces.apps.example.com',
    },
  };
};

/** history newest first: optional in-progress (Partial) entry for `desired`, then `current`. */
export const clusterVersion = (current: string, desired: string = current): ClusterVersion => ({
  apiVersion: 'config.openshift.io/v1',
  kind: 'ClusterVersion',
  metadata: { name: 'version' },
  status: {
    desired: { version: desired },
    history: [
      ...(desired !== current ? [{ state: 'Partial', version: desired }] : []),
      { state: 'Completed', version: current },
      { state: 'Completed', version: '4.19.9' },
    ],
  },
});

export interface FeatureGateOptions {
  version?: string;
  enabled?: string[];
  disabled?: string[];
  featureSet?: string;
  customNoUpgrade?: { enabled?: string[]; disabled?: string[] };
}

export const featureGate = (o: FeatureGateOptions = {}): FeatureGate => ({
  apiVersion: 'config.openshift.io/v1',
  kind: 'FeatureGate',
  metadata: { name: 'cluster' },
  spec: {
    ...(o.featureSet !== undefined ? { featureSet: o.featureSet } : {}),
    ...(o.customNoUpgrade ? { customNoUpgrade: o.customNoUpgrade } : {}),
  },
  status: {
    featureGates: [
      {
        version: o.version ?? '4.20.3',
        enabled: (o.enabled ?? GATES).map((name) => ({ name })),
        disabled: (o.disabled ?? []).map((name) => ({ name })),
      },
    ],
  },
});

/** The real 4.20 payload, with its entry stamped `version` (or left "" when omitted). */
export const realFeatureGate = (version?: string): FeatureGate => {
  const fg = structuredClone(featureGate420());
  if (version !== undefined) fg.status!.featureGates![0].version = version;
  return fg;
};

export const crd = (): CustomResourceDefinition => structuredClone(cheClusterCrd());

/** The CRD of an operator older than 7.111: v2 has no disableContainerRunCapabilities. */
export const crdWithoutSwitch = (): CustomResourceDefinition => {
  const c = crd();
  const v2 = c.spec!.versions!.find((v) => v.name === 'v2')!;
  delete v2.schema!.openAPIV3Schema!.properties!.spec.properties!.devEnvironments.properties!
    .disableContainerRunCapabilities;
  return c;
};

export const runScc = (
  o: {
    name?: string;
    flavor?: string;
    managed?: boolean;
  } & Partial<SecurityContextConstraints> = {},
): SecurityContextConstraints => {
  const { name = 'container-run', flavor = 'devspaces', managed = true, ...fields } = o;
  const scc = { ...structuredClone(derivedRunScc()), ...fields };
  // Managed: the labels che-operator sets; unmanaged: an administrator's SCC with one stray label.
  scc.metadata = {
    name,
    labels: managed
      ? operatorLabels(flavor === 'che' ? 'che' : 'devspaces')
      : { 'app.kubernetes.io/part-of': 'che.eclipse.org' },
  };
  return scc;
};

export const userClusterRole = (flavor = 'devspaces', scc = 'container-run'): ClusterRole => {
  const role = structuredClone(derivedUserClusterRole());
  role.metadata = { name: `${flavor}-user-container-run` };
  role.rules![0].resourceNames = [scc];
  return role;
};

/** The DevWorkspace controller's ClusterRole (get/update/use on the SCC). */
export const dwoClusterRole = (scc = 'container-run'): ClusterRole => {
  const role = structuredClone(derivedRbac()[1]) as ClusterRole;
  role.rules![0].resourceNames = [scc];
  return role;
};

/** Its binding to the controller's service account in `namespace`. */
export const dwoBinding = (namespace = 'openshift-operators'): ClusterRoleBinding => {
  const binding = structuredClone(derivedRbac()[2]) as ClusterRoleBinding;
  binding.subjects = [{ ...binding.subjects![0], namespace }];
  return binding;
};

/** The RoleBinding the user-namespace controller creates in a user namespace. */
export const userRoleBinding = (
  namespace = 'alice-devspaces',
  user = 'alice',
  flavor = 'devspaces',
): RoleBinding => {
  const rb = structuredClone(derivedRbac()[3]) as RoleBinding;
  const name = `${flavor}-user-container-run`;
  rb.metadata = { ...rb.metadata, name, namespace };
  rb.roleRef = { ...rb.roleRef, name };
  rb.subjects = [{ ...rb.subjects![0], name: user }];
  return rb;
};

/** A user namespace as the Dev Spaces dashboard provisions it. */
export const userNamespace = (
  name = 'alice-devspaces',
  user: string | null = 'alice',
): Namespace => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: {
    name,
    labels: {
      'app.kubernetes.io/part-of': 'che.eclipse.org',
      'app.kubernetes.io/component': 'workspaces-namespace',
    },
    ...(user === null ? {} : { annotations: { 'che.eclipse.org/username': user } }),
  },
});

/** A DevWorkspace controller pod (its namespace is the DWO namespace). */
export const dwoControllerPod = (namespace = 'openshift-operators'): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'devworkspace-controller-manager-7d9f8b6c5-x7k2p',
    namespace,
    labels: {
      'app.kubernetes.io/name': 'devworkspace-controller',
      'app.kubernetes.io/part-of': 'devworkspace-operator',
    },
  },
  spec: { serviceAccountName: 'devworkspace-controller-serviceaccount', containers: [] },
  status: { phase: 'Running' },
});

/** The DWOC as che-operator writes it when the feature is on; `off` drops hostUsers. */
export const dwoc = (
  namespace = 'openshift-devspaces',
  off = false,
): DevWorkspaceOperatorConfig => {
  const d = structuredClone(derivedDwoc());
  d.metadata = { name: 'devworkspace-config', namespace };
  if (off) {
    delete d.config!.workspace!.hostUsers;
    delete d.config!.workspace!.containerSecurityContext;
    d.config!.workspace!.podAnnotations = {};
  }
  return d;
};

export interface DevWorkspaceOptions {
  namespace?: string;
  name?: string;
  scc?: string;
  started?: boolean;
  creator?: string;
  id?: string;
  /** Namespace of the CheCluster whose DWOC the workspace references. */
  owner?: string;
  /** Default `che` (a Dev Spaces workspace, as the dashboard creates it); null: none. */
  routingClass?: string | null;
}

/** A Dev Spaces workspace reduced to what the checks read; `devWorkspaceShapes.ts` has full ones. */
export const devWorkspace = (o: DevWorkspaceOptions = {}): DevWorkspace => {
  const attributes: Record<string, unknown> = {};
  if (o.scc) attributes['controller.devfile.io/scc'] = o.scc;
  if (o.owner) {
    attributes['controller.devfile.io/devworkspace-config'] = {
      name: 'devworkspace-config',
      namespace: o.owner,
    };
  }
  return {
    apiVersion: 'workspace.devfile.io/v1alpha2',
    kind: 'DevWorkspace',
    metadata: {
      name: o.name ?? 'nodejs-web-app',
      namespace: o.namespace ?? 'alice-devspaces',
      labels: { 'controller.devfile.io/creator': o.creator ?? 'uid-alice' },
    },
    spec: {
      started: o.started ?? true,
      ...(o.routingClass === null ? {} : { routingClass: o.routingClass ?? 'che' }),
      template: { attributes },
    },
    status: {
      devworkspaceId: o.id ?? 'workspace0123456789abcdef',
      phase: o.started === false ? 'Stopped' : 'Running',
    },
  };
};

export interface PodOptions {
  namespace?: string;
  name?: string;
  workspaceId?: string;
  hostUsers?: boolean;
  scc?: string;
  podRunAsUser?: number;
  runAsUser?: number;
  runAsNonRoot?: boolean;
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
  phase?: string;
}

/** A workspace pod; the defaults are a restricted-v2 pod as SCC admission leaves it. */
export const workspacePod = (o: PodOptions = {}): Pod => {
  const has = (k: keyof PodOptions) => Object.prototype.hasOwnProperty.call(o, k);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: o.name ?? 'workspace0123456789abcdef-5d8f7c9b4-x2x7q',
      namespace: o.namespace ?? 'alice-devspaces',
      labels: {
        'controller.devfile.io/devworkspace_id': o.workspaceId ?? 'workspace0123456789abcdef',
      },
      annotations: { 'openshift.io/scc': o.scc ?? 'restricted-v2' },
    },
    spec: {
      ...(o.hostUsers !== undefined ? { hostUsers: o.hostUsers } : {}),
      securityContext: {
        ...(o.podRunAsUser !== undefined ? { runAsUser: o.podRunAsUser } : {}),
        ...(has('runAsNonRoot') ? { runAsNonRoot: o.runAsNonRoot } : { runAsNonRoot: true }),
      },
      containers: [
        {
          name: 'universal-developer-image',
          securityContext: {
            ...(has('runAsUser') ? { runAsUser: o.runAsUser } : { runAsUser: 1000680000 }),
            ...(has('allowPrivilegeEscalation')
              ? { allowPrivilegeEscalation: o.allowPrivilegeEscalation }
              : { allowPrivilegeEscalation: false }),
            ...(o.privileged !== undefined ? { privileged: o.privileged } : {}),
            capabilities: { drop: ['ALL'] },
          },
        },
      ],
    },
    status: { phase: o.phase ?? 'Running' },
  };
};

/**
 * A pod of a workspace started with nested containers on, as the operators leave it: container-run
 * SCC, hostUsers false, the CRI-O devices annotation, HOST_USERS=false and an unmasked /proc.
 */
export const nestedPod = (o: PodOptions = {}): Pod => {
  const pod = workspacePod({
    scc: 'container-run',
    hostUsers: false,
    runAsUser: 1000,
    allowPrivilegeEscalation: true,
    ...o,
  });
  pod.metadata = {
    ...pod.metadata,
    annotations: {
      ...pod.metadata?.annotations,
      'io.kubernetes.cri-o.Devices': '/dev/fuse,/dev/net/tun',
    },
  };
  for (const c of pod.spec?.containers ?? []) {
    c.image = 'quay.io/devfile/universal-developer-image:ubi9-latest';
    c.env = [{ name: 'HOST_USERS', value: 'false' }];
    c.securityContext = { ...c.securityContext, procMount: 'Unmasked' };
  }
  return pod;
};

/**
 * The pod DWO and che-operator make of a Dev Spaces workspace on the onSnapshot cluster (feature on,
 * the operator's DWOC and run SCC): tool container, che-gateway, project-clone, the editor's injector.
 */
export const devSpacesPod = (o: DevSpacesWorkspaceOptions & { dwoVersion?: string } = {}): Pod =>
  buildWorkspacePod({
    devWorkspace: devSpacesWorkspace(o),
    cheCluster: cheCluster({ enabled: true }),
    dwoc: dwoc(),
    scc: runScc(),
    dwoVersion: o.dwoVersion,
  })!;

export const runcConfig = (name: string, pools: string[] = ['worker']): ContainerRuntimeConfig => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'ContainerRuntimeConfig',
  metadata: { name },
  spec: {
    machineConfigPoolSelector: {
      matchLabels: Object.fromEntries(
        pools.map((p) => [`pools.operator.machineconfiguration.openshift.io/${p}`, '']),
      ),
    },
    containerRuntimeConfig: { defaultRuntime: 'runc' },
  },
});

/** The CRI-O drop-in MCO writes for a default runtime (TOML as its encoder prints it). */
export const crioDefaultRuntimeDropIn = (runtime: string): string =>
  `[crio]\n  [crio.runtime]\n    default_runtime = "${runtime}"\n`;

/**
 * MCO's generated runc pin for a pool (clusters that passed through 4.17.z), its drop-in as a base64
 * data URL the way MCO's Ignition helpers encode files.
 */
export const runcOverride = (pool: string, runtime = 'runc'): MachineConfig => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: { name: runcOverrideName(pool), labels: { [MC_ROLE_LABEL]: pool } },
  spec: {
    config: {
      ignition: { version: '3.5.0' },
      storage: {
        files: [
          {
            path: '/etc/crio/crio.conf.d/01-ctrcfg-defaultRuntime',
            contents: {
              source: `data:text/plain;charset=utf-8;base64,${btoa(crioDefaultRuntimeDropIn(runtime))}`,
            },
          },
        ],
      },
    },
  },
});

/** The DevWorkspace Operator's CSV as OLM shows it in openshift-operators. */
export const dwoCsv = (version: string, phase = 'Succeeded'): ClusterServiceVersion => ({
  apiVersion: 'operators.coreos.com/v1alpha1',
  kind: 'ClusterServiceVersion',
  metadata: { name: `devworkspace-operator.v${version}`, namespace: 'openshift-operators' },
  spec: { version, displayName: 'DevWorkspace Operator' },
  status: { phase },
});

/** The DWOC CRD of a DevWorkspace Operator before 0.37: no config.workspace.hostUsers. */
export const dwocCrdWithoutHostUsers = (): CustomResourceDefinition => {
  const copy = structuredClone(dwocCrd());
  for (const v of copy.spec?.versions ?? []) {
    const workspace = v.schema?.openAPIV3Schema?.properties?.config?.properties?.workspace;
    delete workspace?.properties?.hostUsers;
  }
  return copy;
};

/**
 * A 4.20.3 cluster with one Dev Spaces CheCluster, feature off (field absent), one running
 * workspace recorded with container-build (what the dashboard records while the build capability,
 * Dev Spaces' default, is on), nothing else of note.
 */
/** Three control-plane nodes and three workers on 4.20 (kubelet 1.33), both pools updated. */
const NODES_420 = clusterNodes({ release: '4.20' });

export const offSnapshot = (o: Partial<ClusterSnapshot> = {}): ClusterSnapshot => ({
  openshiftApis: loaded({ config: true, security: true }),
  clusterVersion: loaded(clusterVersion('4.20.3')),
  featureGate: loaded(featureGate()),
  containerRuntimeConfigs: loaded([]),
  runtimeOverrides: Object.fromEntries(RUNC_OVERRIDE_NAMES.map((n) => [n, NOT_FOUND])),
  // Shared like the CRD below.
  nodes: loaded(NODES_420.nodes),
  machineConfigPools: loaded(NODES_420.pools),
  cheClusters: loaded([cheCluster()]),
  // Shared, not cloned: the evaluator never mutates its input (the property test checks it).
  cheClusterCrd: loaded(cheClusterCrd()),
  sccs: { 'container-run': NOT_FOUND },
  devWorkspaceOperatorConfigs: { 'openshift-devspaces': loaded(dwoc('openshift-devspaces', true)) },
  clusterRoles: {
    'devspaces-user-container-run': NOT_FOUND,
    'dev-workspace-container-run': NOT_FOUND,
  },
  clusterRoleBindings: { 'dev-workspace-container-run': NOT_FOUND },
  userRoleBindings: { 'devspaces-user-container-run': loaded([]) },
  userNamespaces: loaded([userNamespace()]),
  devWorkspaceControllerPods: loaded([dwoControllerPod()]),
  devWorkspaces: loaded([devWorkspace({ scc: 'container-build' })]),
  workspacePods: loaded([workspacePod()]),
  devWorkspaceOperatorConfigCrd: loaded(dwocCrd()),
  devWorkspaceOperatorCsvs: loaded([dwoCsv('0.40.0')]),
  ...o,
});

/** The same cluster with the feature on and reconciled; the workspace was recreated with the run SCC. */
export const onSnapshot = (o: Partial<ClusterSnapshot> = {}): ClusterSnapshot =>
  offSnapshot({
    cheClusters: loaded([cheCluster({ enabled: true })]),
    sccs: { 'container-run': loaded(runScc()) },
    devWorkspaceOperatorConfigs: { 'openshift-devspaces': loaded(dwoc()) },
    clusterRoles: {
      'devspaces-user-container-run': loaded(userClusterRole()),
      'dev-workspace-container-run': loaded(dwoClusterRole()),
    },
    clusterRoleBindings: { 'dev-workspace-container-run': loaded(dwoBinding()) },
    userRoleBindings: { 'devspaces-user-container-run': loaded([userRoleBinding()]) },
    devWorkspaces: loaded([devWorkspace({ scc: 'container-run' })]),
    workspacePods: loaded([nestedPod()]),
    ...o,
  });
