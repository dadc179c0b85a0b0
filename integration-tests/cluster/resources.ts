/** The API resources the simulator knows, and which API groups a scenario serves. */
import type { K8sObjectLike } from './types';

export interface ResourceInfo {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  verbs: string[];
  shortNames?: string[];
}

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

const r = (
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  extra: Partial<ResourceInfo> = {},
): ResourceInfo => ({
  group,
  version,
  kind,
  plural,
  namespaced,
  singular: kind.toLowerCase(),
  verbs: CRUD,
  ...extra,
});

export const BUILT_IN_RESOURCES: ResourceInfo[] = [
  r('', 'v1', 'Namespace', 'namespaces', false, { shortNames: ['ns'] }),
  r('', 'v1', 'Pod', 'pods', true, { shortNames: ['po'] }),
  r('', 'v1', 'ConfigMap', 'configmaps', true, { shortNames: ['cm'] }),
  r('', 'v1', 'Event', 'events', true, { shortNames: ['ev'] }),
  r('', 'v1', 'Secret', 'secrets', true),
  r('', 'v1', 'ServiceAccount', 'serviceaccounts', true, { shortNames: ['sa'] }),
  r('', 'v1', 'Node', 'nodes', false, { shortNames: ['no'] }),
  r('apiextensions.k8s.io', 'v1', 'CustomResourceDefinition', 'customresourcedefinitions', false, {
    shortNames: ['crd', 'crds'],
  }),
  r('rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', false),
  r('rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', false),
  r('rbac.authorization.k8s.io', 'v1', 'Role', 'roles', true),
  r('rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings', true),
  r('authorization.k8s.io', 'v1', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews', false, {
    verbs: ['create'],
  }),
  r('authentication.k8s.io', 'v1', 'SelfSubjectReview', 'selfsubjectreviews', false, {
    verbs: ['create'],
  }),
  r('config.openshift.io', 'v1', 'ClusterVersion', 'clusterversions', false),
  // OLM's record of installed operators; the devworkspace-operator check reads DWO's version from it.
  r('operators.coreos.com', 'v1alpha1', 'ClusterServiceVersion', 'clusterserviceversions', true, {
    shortNames: ['csv'],
  }),
  r('config.openshift.io', 'v1', 'Infrastructure', 'infrastructures', false),
  r('project.openshift.io', 'v1', 'Project', 'projects', false, {
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  }),
  r('config.openshift.io', 'v1', 'FeatureGate', 'featuregates', false),
  r(
    'security.openshift.io',
    'v1',
    'SecurityContextConstraints',
    'securitycontextconstraints',
    false,
    {
      shortNames: ['scc'],
    },
  ),
  r(
    'machineconfiguration.openshift.io',
    'v1',
    'ContainerRuntimeConfig',
    'containerruntimeconfigs',
    false,
    {
      shortNames: ['ctrcfg'],
    },
  ),
  r('machineconfiguration.openshift.io', 'v1', 'MachineConfig', 'machineconfigs', false, {
    shortNames: ['mc'],
  }),
  r('machineconfiguration.openshift.io', 'v1', 'MachineConfigPool', 'machineconfigpools', false, {
    shortNames: ['mcp'],
  }),
  r('console.openshift.io', 'v1', 'ConsolePlugin', 'consoleplugins', false),
  r('operator.openshift.io', 'v1', 'Console', 'consoles', false),
  r('user.openshift.io', 'v1', 'User', 'users', false),
  r('org.eclipse.che', 'v2', 'CheCluster', 'checlusters', true),
  r(
    'controller.devfile.io',
    'v1alpha1',
    'DevWorkspaceOperatorConfig',
    'devworkspaceoperatorconfigs',
    true,
    {
      shortNames: ['dwoc'],
    },
  ),
  r('workspace.devfile.io', 'v1alpha2', 'DevWorkspace', 'devworkspaces', true, {
    shortNames: ['dw'],
  }),
  r('workspace.devfile.io', 'v1alpha2', 'DevWorkspaceTemplate', 'devworkspacetemplates', true, {
    shortNames: ['dwt'],
  }),
];

export const ALWAYS_SERVED = new Set([
  '',
  'apiextensions.k8s.io',
  'rbac.authorization.k8s.io',
  'authorization.k8s.io',
  'authentication.k8s.io',
]);

export const isOpenShiftGroup = (group: string): boolean => group.endsWith('.openshift.io');

export const CHE_GROUPS = new Set([
  'org.eclipse.che',
  'controller.devfile.io',
  'workspace.devfile.io',
]);

export const groupOf = (apiVersion: string | undefined): string => {
  const av = apiVersion ?? '';
  return av.includes('/') ? av.slice(0, av.indexOf('/')) : '';
};

export const versionOf = (apiVersion: string | undefined): string => {
  const av = apiVersion ?? '';
  return av.includes('/') ? av.slice(av.indexOf('/') + 1) : av;
};

interface CrdLike {
  spec?: {
    group?: string;
    scope?: string;
    names?: { kind?: string; plural?: string; singular?: string; shortNames?: string[] };
    versions?: { name?: string; served?: boolean; storage?: boolean }[];
  };
}

/** Resources declared by CRDs in the scenario that the built-in table does not know. */
export function resourcesFromCrds(crds: K8sObjectLike[]): ResourceInfo[] {
  const out: ResourceInfo[] = [];
  for (const obj of crds) {
    const spec = (obj as CrdLike).spec;
    const names = spec?.names;
    const version =
      spec?.versions?.find((v) => v.storage)?.name ?? spec?.versions?.find((v) => v.served)?.name;
    if (!spec?.group || !names?.kind || !names.plural || !version) continue;
    if (BUILT_IN_RESOURCES.some((b) => b.group === spec.group && b.plural === names.plural))
      continue;
    out.push({
      group: spec.group,
      version,
      kind: names.kind,
      plural: names.plural,
      singular: names.singular ?? names.kind.toLowerCase(),
      namespaced: spec.scope !== 'Cluster',
      verbs: CRUD,
      shortNames: names.shortNames,
    });
  }
  return out;
}

export const qualifiedResource = (info: { group: string; plural: string }): string =>
  info.group ? `${info.plural}.${info.group}` : info.plural;
