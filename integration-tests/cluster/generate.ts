/**
 * Generated workspace load (header `generate:`): DevWorkspaces, their running pods and user
 * namespaces, so a 10,000-workspace scenario needs no huge checked-in file. Deterministic.
 */
import type { GenerateSpec, K8sObjectLike } from './types';

const hex = (n: number): string => n.toString(16).padStart(12, '0');

// As che-dashboard writes a workspace started from a sample: the editor as a contribution, and on
// the UDI component HOST_USERS=false once the run SCC is recorded (setHostUsersEnvVar).
const dashboardParts = (name: string) => ({
  contributions: [{ name: 'editor', kubernetes: { name: `che-code-${name}` } }],
});
const toolsComponent = (legacy: boolean) => ({
  name: 'tools',
  container: {
    image: 'quay.io/devfile/universal-developer-image:ubi9-latest',
    memoryLimit: '4Gi',
    ...(legacy ? {} : { env: [{ name: 'HOST_USERS', value: 'false' }] }),
  },
});

export function generateWorkspaces(spec: GenerateSpec): K8sObjectLike[] {
  const count = spec.devWorkspaces ?? 0;
  const pods = Math.min(spec.pods ?? 0, count);
  const users = Math.max(1, spec.users ?? Math.ceil(count / 10));
  const legacyEvery = spec.legacyRatio ? Math.max(1, Math.round(1 / spec.legacyRatio)) : 0;
  const scc = spec.scc ?? 'container-run';
  const out: K8sObjectLike[] = [];
  for (let u = 0; u < Math.min(users, count); u++) {
    out.push({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: `user${u}-devspaces`,
        labels: {
          'app.kubernetes.io/component': 'workspaces-namespace',
          'app.kubernetes.io/part-of': 'che.eclipse.org',
        },
        // OpenShift's namespace controller allocates each namespace a UID block and MCS labels.
        annotations: {
          'che.eclipse.org/username': `user${u}`,
          'openshift.io/sa.scc.uid-range': `${1_000_660_000 + u * 10_000}/10000`,
          'openshift.io/sa.scc.supplemental-groups': `${1_000_660_000 + u * 10_000}/10000`,
          'openshift.io/sa.scc.mcs': `s0:c${27 + Math.floor(u / 26)},c${2 + (u % 26)}`,
        },
      },
    });
    if (spec.userRoleBinding)
      out.push({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: {
          name: spec.userRoleBinding,
          namespace: `user${u}-devspaces`,
          labels: { 'app.kubernetes.io/part-of': 'che.eclipse.org' },
        },
        roleRef: {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'ClusterRole',
          name: spec.userRoleBinding,
        },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: `user${u}` }],
      });
  }
  for (let i = 0; i < count; i++) {
    const user = `user${i % users}`;
    const namespace = `${user}-devspaces`;
    const id = `workspace${hex(i)}`;
    const legacy = legacyEvery > 0 && i % legacyEvery === 0;
    const running = i < pods;
    // As the Dev Spaces dashboard creates and starts them: routingClass che, the DWOC reference.
    const attributes: Record<string, unknown> = {
      'controller.devfile.io/devworkspace-config': {
        name: 'devworkspace-config',
        namespace: 'openshift-devspaces',
      },
      ...(legacy ? {} : { 'controller.devfile.io/scc': scc }),
    };
    out.push({
      apiVersion: 'workspace.devfile.io/v1alpha2',
      kind: 'DevWorkspace',
      metadata: {
        name: `ws-${i}`,
        namespace,
        labels: { 'controller.devfile.io/creator': `uid-${user}` },
        ...(spec.operatorPods
          ? { annotations: { 'che.eclipse.org/che-editor': 'che-incubator/che-code/latest' } }
          : {}),
        creationTimestamp: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      },
      spec: {
        started: running,
        routingClass: 'che',
        ...(spec.operatorPods ? dashboardParts(`ws-${i}`) : {}),
        template: {
          attributes: spec.operatorPods
            ? { ...attributes, 'controller.devfile.io/storage-type': 'per-user' }
            : attributes,
          ...(spec.operatorPods ? { components: [toolsComponent(legacy)] } : {}),
        },
      },
      status: { phase: running ? 'Running' : 'Stopped', devworkspaceId: id },
    });
    if (!running || spec.operatorPods) continue;
    out.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${id}-7d9f8c-${hex(i).slice(-5)}`,
        namespace,
        labels: {
          'controller.devfile.io/devworkspace_id': id,
          'controller.devfile.io/devworkspace_name': `ws-${i}`,
        },
        annotations: { 'openshift.io/scc': legacy ? 'restricted-v2' : scc },
      },
      spec: {
        ...(legacy ? {} : { hostUsers: false }),
        securityContext: { runAsNonRoot: true },
        containers: [
          {
            name: 'universal-developer-image',
            image: 'registry.redhat.io/devspaces/udi-rhel9:3.23',
            securityContext: legacy
              ? { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }
              : {
                  runAsUser: 1000,
                  procMount: 'Unmasked',
                  allowPrivilegeEscalation: true,
                  capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
                },
          },
        ],
      },
      status: { phase: 'Running' },
    });
  }
  return out;
}
