import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What scc-rbac says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<
  typeof reasons,
  | 'show-cluster-role'
  | 'cluster-role-expected'
  | 'show-cluster-role-binding'
  | 'cluster-role-binding-expected'
  | 'list-user-role-bindings'
  | 'user-role-bindings-expected'
> = {
  title: (t) => t('Permission to use the SCC'),
  reasons: {
    'cluster-role-ok': (t, p) =>
      t(
        'Users and the DevWorkspace controller may use the SCC {{scc}}: the ClusterRoles {{name}} and dev-workspace-container-run, the controller binding, and the RoleBinding in every user namespace ({{namespaces}}) are in place.',
        p,
      ),
    'cluster-role-missing': (t, p) =>
      t('The ClusterRole {{name}} that grants use of the SCC {{scc}} does not exist.', p),
    'rbac-missing-reconcile-failed': (t, p) =>
      t(
        "{{name}} does not exist because the operator's reconcile failed before creating it (see Dev Spaces status): {{message}}",
        p,
      ),
    'cluster-role-wrong-scc': (t, p) =>
      t('The ClusterRole {{name}} does not grant use of the SCC {{scc}}.', p),
    'dwo-cluster-role-missing': (t, p) =>
      t(
        'The ClusterRole {{name}} that lets the DevWorkspace controller use the SCC {{scc}} does not exist.',
        p,
      ),
    'dwo-cluster-role-wrong': (t, p) =>
      t(
        'The ClusterRole {{name}} does not grant the DevWorkspace controller {{verbs}} on the SCC {{scc}}.',
        p,
      ),
    'dwo-binding-missing': (t, p) =>
      t(
        'The ClusterRoleBinding {{name}} to the DevWorkspace controller ({{serviceAccount}}) does not exist.',
        p,
      ),
    'dwo-binding-wrong': (t, p) =>
      t(
        'The ClusterRoleBinding {{name}} does not bind its ClusterRole to the DevWorkspace controller ({{serviceAccount}}): {{fields}}.',
        p,
      ),
    'user-bindings-missing': (t, p) =>
      t(
        'User namespaces without the RoleBinding {{name}} to their user: {{count}} ({{namespaces}}). Users there are not permitted to use the SCC, so their workspaces cannot start.',
        p,
      ),
  },
  remedies: {
    'show-cluster-role': (t) => t('Show the ClusterRole.'),
    'cluster-role-expected': (t) => t('The ClusterRole the operator creates.'),
    'show-cluster-role-binding': (t) => t('Show the ClusterRoleBinding.'),
    'cluster-role-binding-expected': (t) =>
      t('The ClusterRoleBinding the operator creates for the DevWorkspace controller.'),
    'list-user-role-bindings': (t) =>
      t('List the user namespaces with their user, and the RoleBindings that exist.'),
    'user-role-bindings-expected': (t) =>
      t(
        'The RoleBindings the operator creates in these user namespaces (the first few; list the rest with the command above).',
      ),
  },
  details: {
    'clusterRole.rules.use': (t) => t('ClusterRole grants use of the SCC'),
    'dwoClusterRole.rules': (t) =>
      t('DevWorkspace controller ClusterRole grants get, update and use of the SCC'),
    'dwoBinding.roleRef': (t) => t('DevWorkspace controller binding: ClusterRole'),
    'dwoBinding.subject': (t) => t('DevWorkspace controller binding: service account'),
    'roleBindings.userNamespaces': (t) => t('User namespaces with a username'),
    'roleBindings.missing': (t) => t('User namespaces without the RoleBinding'),
    'roleBindings.wrong': (t) => t('User namespaces whose RoleBinding does not bind their user'),
  },
};
