// The bridge's /api/console/user-settings (pkg/usersettings, userSettingsLocation: configmap):
// GET returns the user's ConfigMap in openshift-console-user-settings (404 when absent), POST creates
// it (with the Role and RoleBinding that let the user read and patch it) or returns the existing one,
// DELETE removes them. The name is `user-settings-<uid>`, or `<sha256(username)>` without a uid,
// `kubeadmin` for kube:admin — the same name the console's frontend then watches.
import { createHash } from 'node:crypto';
import type { K8sObjectLike, SimulatedCluster } from '../cluster';

export const USER_SETTINGS_NAMESPACE = 'openshift-console-user-settings';

export const userSettingsName = (user: { name: string; uid?: string }): string => {
  if (user.uid) return `user-settings-${user.uid}`;
  if (user.name === 'kube:admin') return 'user-settings-kubeadmin';
  return `user-settings-${createHash('sha256').update(user.name).digest('hex')}`;
};

/** The settings a test or demo pre-seeds, e.g. the 4.20/4.21 welcome tour marked completed. */
export const userSettingsConfigMap = (
  user: { name: string; uid?: string },
  data: Record<string, unknown>,
): K8sObjectLike => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: userSettingsName(user), namespace: USER_SETTINGS_NAMESPACE },
  // The console stores each setting as a JSON string.
  data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, JSON.stringify(v)])),
});

/** The welcome tour ("Welcome to the new OpenShift experience") already seen in the admin perspective. */
export const TOUR_COMPLETED = { 'console.guidedTour': { admin: { completed: true } } };

export const handleUserSettings = (
  method: string,
  cluster: SimulatedCluster,
  user: { name: string; uid?: string },
): { status: number; body: unknown } => {
  const name = userSettingsName(user);
  const find = () =>
    cluster
      .objects()
      .find(
        (o) =>
          o.kind === 'ConfigMap' &&
          o.metadata?.namespace === USER_SETTINGS_NAMESPACE &&
          o.metadata.name === name,
      );
  if (method === 'GET') {
    const cm = find();
    return cm
      ? { status: 200, body: cm }
      : {
          status: 404,
          body: {
            error: `Failed to get user settings: configmaps "${name}" not found`,
          },
        };
  }
  if (method === 'POST') {
    const existing = find();
    if (existing) return { status: 200, body: existing };
    const meta = { namespace: USER_SETTINGS_NAMESPACE };
    cluster.update({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { ...meta, name: `${name}-role` },
      rules: [
        {
          apiGroups: [''],
          resources: ['configmaps'],
          verbs: ['get', 'list', 'patch', 'update', 'watch'],
          resourceNames: [name],
        },
      ],
    });
    cluster.update({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { ...meta, name: `${name}-rolebinding` },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user.name }],
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${name}-role` },
    });
    cluster.update({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { ...meta, name } });
    return { status: 200, body: find() };
  }
  return {
    status: 405,
    body: { error: 'Unsupported method, supported methods are GET POST DELETE' },
  };
};
