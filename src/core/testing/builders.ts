/**
 * Test-only factories for cluster objects, shaped like the real payloads in ./reference. Each
 * returns a fresh object, so tests may mutate what they get.
 */
import type { CheCluster } from '../../models/cheCluster';
import type { ClusterServiceVersion } from '../../models/clusterServiceVersion';
import type { CustomResourceDefinition } from '../../models/customResourceDefinition';
import type { DevWorkspace } from '../../models/devWorkspace';
import type { DevWorkspaceOperatorConfig } from '../../models/devWorkspaceOperatorConfig';
import { RUNC_OVERRIDE_NAMES } from '../../models/machineConfig';
import type { Pod } from '../../models/pod';
import type { ClusterSnapshot } from '../snapshot';
import { loaded, NOT_FOUND } from '../snapshot';
import { devSpacesWorkspace, type DevSpacesWorkspaceOptions } from './devWorkspaces';
import { buildWorkspacePod } from './workspacePod';
import { cheClusterCrd, derivedDwoc, dwocCrd } from './reference';
import { clusterNodes } from './nodes';
import { clusterVersion, featureGate } from './platformObjects';
import {
  dwoBinding,
  dwoClusterRole,
  dwoControllerPod,
  runScc,
  userClusterRole,
  userNamespace,
  userRoleBinding,
} from './rbacObjects';

export * from './platformObjects';
export * from './rbacObjects';

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

export const crd = (): CustomResourceDefinition => structuredClone(cheClusterCrd());

/** The CRD of an operator older than 7.111: v2 has no disableContainerRunCapabilities. */
export const crdWithoutSwitch = (): CustomResourceDefinition => {
  const c = crd();
  const v2 = c.spec!.versions!.find((v) => v.name === 'v2')!;
  delete v2.schema!.openAPIV3Schema!.properties!.spec.properties!.devEnvironments.properties!
    .disableContainerRunCapabilities;
  return c;
};

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
