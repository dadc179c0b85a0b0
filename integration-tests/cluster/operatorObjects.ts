/**
 * The objects che-operator writes for container run capabilities, transcribed from
 * shared/reference/derived/*.yaml (che-operator pkg/deploy/container-capabilities, dev_workspace_config.go).
 */
import type { K8sObjectLike } from './types';

export interface CheClusterLike extends K8sObjectLike {
  spec?: {
    devEnvironments?: {
      disableContainerRunCapabilities?: boolean;
      workspacesPodAnnotations?: Record<string, string>;
      security?: { podSecurityContext?: Record<string, unknown> };
      containerRunConfiguration?: {
        openShiftSecurityContextConstraint?: string;
        containerSecurityContext?: Record<string, unknown>;
        workspacesPodAnnotations?: Record<string, string>;
      };
    };
  };
}

export const isRunEnabled = (cc: K8sObjectLike): boolean =>
  (cc as CheClusterLike).spec?.devEnvironments?.disableContainerRunCapabilities === false;

/** Dev Spaces installs are recognised by name/namespace, like the shell's defaults (`devspaces`). */
export const flavorOf = (cc: K8sObjectLike): string =>
  `${cc.metadata?.name}/${cc.metadata?.namespace}`.includes('devspaces') ? 'devspaces' : 'che';

export const runSccName = (cc: CheClusterLike): string =>
  cc.spec?.devEnvironments?.containerRunConfiguration?.openShiftSecurityContextConstraint ??
  'container-run';

export function desiredScc(flavor: string, name: string): K8sObjectLike {
  const mustRun1000 = { type: 'MustRunAs', ranges: [{ min: 1000, max: 65534 }] };
  return {
    apiVersion: 'security.openshift.io/v1',
    kind: 'SecurityContextConstraints',
    metadata: {
      name,
      labels: {
        'app.kubernetes.io/name': flavor,
        'app.kubernetes.io/instance': flavor,
        'app.kubernetes.io/part-of': 'che.eclipse.org',
        'app.kubernetes.io/component': flavor,
        'app.kubernetes.io/managed-by': `${flavor}-operator`,
      },
    },
    priority: null,
    allowHostDirVolumePlugin: false,
    allowHostIPC: false,
    allowHostNetwork: false,
    allowHostPID: false,
    allowHostPorts: false,
    allowPrivilegeEscalation: true,
    allowPrivilegedContainer: false,
    allowedCapabilities: ['SETUID', 'SETGID', 'CHOWN'],
    defaultAddCapabilities: null,
    fsGroup: mustRun1000,
    readOnlyRootFilesystem: false,
    requiredDropCapabilities: ['KILL', 'MKNOD'],
    runAsUser: { type: 'MustRunAs', uid: 1000 },
    seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'container_engine_t' } },
    supplementalGroups: mustRun1000,
    users: [],
    groups: [],
    volumes: [
      'configMap',
      'downwardAPI',
      'emptyDir',
      'persistentVolumeClaim',
      'projected',
      'secret',
    ],
    userNamespaceLevel: 'RequirePodLevel',
  };
}

const sccRule = (scc: string, verbs: string[]) => ({
  apiGroups: ['security.openshift.io'],
  resources: ['securitycontextconstraints'],
  resourceNames: [scc],
  verbs,
});

/**
 * A user namespace as che-operator's namespace cache recognises one (part-of che.eclipse.org and
 * component workspaces-namespace, or the legacy owner-uid label), with the user it belongs to; the
 * user-namespace controller binds only namespaces whose `che.eclipse.org/username` is set.
 */
export const userOfNamespace = (ns: K8sObjectLike): string | undefined => {
  const labels = ns.metadata?.labels ?? {};
  const workspaces =
    !!labels['che.eclipse.org/workspace-namespace-owner-uid'] ||
    (labels['app.kubernetes.io/part-of'] === 'che.eclipse.org' &&
      labels['app.kubernetes.io/component'] === 'workspaces-namespace');
  const user = ns.metadata?.annotations?.['che.eclipse.org/username'];
  return workspaces && user ? user : undefined;
};

/** ClusterRoles, the controller binding and one RoleBinding per user namespace. */
export function desiredRbac(
  flavor: string,
  scc: string,
  userNamespaces: K8sObjectLike[],
): K8sObjectLike[] {
  const rbac = 'rbac.authorization.k8s.io/v1';
  const userRole = `${flavor}-user-container-run`;
  return [
    {
      apiVersion: rbac,
      kind: 'ClusterRole',
      metadata: { name: userRole },
      rules: [sccRule(scc, ['use'])],
    },
    {
      apiVersion: rbac,
      kind: 'ClusterRole',
      metadata: { name: 'dev-workspace-container-run' },
      rules: [sccRule(scc, ['get', 'update', 'use'])],
    },
    {
      apiVersion: rbac,
      kind: 'ClusterRoleBinding',
      metadata: { name: 'dev-workspace-container-run' },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'dev-workspace-container-run',
      },
      subjects: [
        {
          kind: 'ServiceAccount',
          name: 'devworkspace-controller-serviceaccount',
          namespace: 'openshift-operators',
        },
      ],
    },
    ...userNamespaces
      .flatMap((ns) => {
        const user = userOfNamespace(ns);
        return user === undefined ? [] : [{ ns, user }];
      })
      .map(({ ns, user }) => ({
        apiVersion: rbac,
        kind: 'RoleBinding',
        metadata: {
          name: userRole,
          namespace: ns.metadata?.name,
          labels: { 'app.kubernetes.io/part-of': 'che.eclipse.org' },
        },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: userRole },
        subjects: [
          {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'User',
            name: user,
          },
        ],
      })),
  ];
}

interface DwocWorkspace {
  hostUsers?: boolean;
  containerSecurityContext?: Record<string, unknown>;
  podAnnotations?: Record<string, string>;
  [key: string]: unknown;
}

const workspaceOf = (dwoc: K8sObjectLike | undefined): DwocWorkspace => ({
  ...((dwoc?.config as { workspace?: DwocWorkspace } | undefined)?.workspace ?? {}),
});

export function dwocWith(
  dwoc: K8sObjectLike | undefined,
  namespace: string,
  cc: CheClusterLike,
): K8sObjectLike {
  const devEnvironments = cc.spec?.devEnvironments;
  const run = devEnvironments?.containerRunConfiguration ?? {};
  const ws = workspaceOf(dwoc);
  ws.hostUsers = false;
  ws.containerSecurityContext = run.containerSecurityContext ?? {
    procMount: 'Unmasked',
    allowPrivilegeEscalation: true,
    capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
  };
  // updateAnnotations(): devEnvironments' annotations, overlaid with the run configuration's.
  ws.podAnnotations = {
    ...ws.podAnnotations,
    ...devEnvironments?.workspacesPodAnnotations,
    ...(run.workspacesPodAnnotations ?? {
      'io.kubernetes.cri-o.Devices': '/dev/fuse,/dev/net/tun',
    }),
  };
  // updateSecurityContext(): the pod security context is copied as is (or cleared).
  const podSecurityContext = devEnvironments?.security?.podSecurityContext;
  if (podSecurityContext) ws.podSecurityContext = podSecurityContext;
  else delete ws.podSecurityContext;
  const base: K8sObjectLike = dwoc ?? {
    apiVersion: 'controller.devfile.io/v1alpha1',
    kind: 'DevWorkspaceOperatorConfig',
    metadata: { name: 'devworkspace-config', namespace },
  };
  return {
    ...base,
    config: { ...(base.config as Record<string, unknown> | undefined), workspace: ws },
  };
}

export function dwocWithout(dwoc: K8sObjectLike): K8sObjectLike {
  const ws = workspaceOf(dwoc);
  delete ws.hostUsers;
  delete ws.containerSecurityContext;
  if (ws.podAnnotations) {
    const rest = { ...ws.podAnnotations };
    delete rest['io.kubernetes.cri-o.Devices'];
    if (Object.keys(rest).length > 0) ws.podAnnotations = rest;
    else delete ws.podAnnotations;
  }
  return {
    ...dwoc,
    config: { ...(dwoc.config as Record<string, unknown> | undefined), workspace: ws },
  };
}
