import type { Translate } from '../../utils/translate';

/**
 * Words for the details that are counts or facts rather than object fields. Field paths
 * (`userNamespaceLevel`, `config.workspace.hostUsers`, …) are shown as they are: they are what an
 * administrator finds in the YAML.
 */
/** What each container role is, in the administrator's words (core/containerRoles.ts). */
const containerRoleText = (t: Translate, role: string): string => {
  switch (role) {
    case 'tool':
      return t('tool container (devfile): runs podman');
    case 'routing':
      return t('routing container: gets the security context, not HOST_USERS');
    case 'project-clone':
      return t('project-clone init container: gets HOST_USERS, not the security context');
    default:
      return t('init container: not judged');
  }
};

/** `container:<role>:<namespace>/<pod>/<container>` (core/checks/podConfig.ts containerDetailKey). */
const containerKey = (t: Translate, key: string): string | undefined => {
  const m = /^container:([a-z-]+):([^/]+)\/([^/]+)\/(.+)$/.exec(key);
  if (!m) return undefined;
  return t('{{namespace}}/{{pod}}: container {{container}}, {{role}}', {
    namespace: m[2],
    pod: m[3],
    container: m[4],
    role: containerRoleText(t, m[1]),
  });
};

export const detailLabel = (t: Translate, key: string): string | undefined => {
  if (key.startsWith('container:')) return containerKey(t, key);
  switch (key) {
    case 'api.config.openshift.io':
      return t('API group config.openshift.io served');
    case 'api.security.openshift.io':
      return t('API group security.openshift.io served');
    case 'nodes.workspace':
      return t('Nodes that run workspaces');
    case 'nodes.selector':
      return t('CheCluster node selector');
    case 'nodes.kubeletVersions':
      return t('Kubelet versions on those nodes');
    case 'version.current':
      return t('Current version (last completed update)');
    case 'version.desired':
      return t('Desired version');
    case 'featureGate.entryVersion':
      return t('FeatureGate entry read (none for the current version; same minor)');
    case 'checlusters.count':
      return t('CheClusters');
    case 'checluster.disableContainerRunCapabilities':
      return t(
        'CheCluster holds disableContainerRunCapabilities (the API server keeps only fields its CRD declares)',
      );
    case 'crd.v2.disableContainerRunCapabilities':
      return t('CheCluster CRD v2 knows disableContainerRunCapabilities');
    case 'clusterRole.rules.use':
      return t('ClusterRole grants use of the SCC');
    case 'dwoClusterRole.rules':
      return t('DevWorkspace controller ClusterRole grants get, update and use of the SCC');
    case 'dwoBinding.roleRef':
      return t('DevWorkspace controller binding: ClusterRole');
    case 'dwoBinding.subject':
      return t('DevWorkspace controller binding: service account');
    case 'roleBindings.userNamespaces':
      return t('User namespaces with a username');
    case 'roleBindings.missing':
      return t('User namespaces without the RoleBinding');
    case 'roleBindings.wrong':
      return t('User namespaces whose RoleBinding does not bind their user');
    case 'workspaces.legacy':
      return t('Workspaces created with another SCC');
    case 'workspaces.legacy.started':
      return t('…of which started');
    case 'workspaces.unrecorded':
      return t('Workspaces with no recorded SCC');
    case 'workspaces.images.ok':
      return t('Images of the workspaces whose every image is fine (image × containers)');
    case 'workspaces.notDevSpaces':
      return t(
        'Not Dev Spaces workspaces (Web Terminal, other DevWorkspace Operator users), left out',
      );
    case 'workspaces.scc.expected':
      return t('SCC new workspaces get');
    case 'runtimeClass.devicesAnnotation':
      return t('Annotation the runtime handler must honour');
    case 'workspaces.kubedock':
      return t('Workspaces with KUBEDOCK_ENABLED=true');
    case 'crd.dwoc.hostUsers':
      return t('DevWorkspaceOperatorConfig CRD declares config.workspace.hostUsers');
    case 'dwo.version':
      return t('DevWorkspace Operator version (ClusterServiceVersion)');
    case 'pods.hostUsersFalse':
      return t('Workspace pods with their own user namespace');
    case 'pods.hostUsersDefault':
      return t('Workspace pods sharing the node user namespace');
    case 'pods.unreadable':
      return t('Workspace pods whose containers cannot be read');
    case 'containers.tool':
      return t('Tool containers judged for HOST_USERS=false and an unmasked /proc');
    case 'containers.routing':
      return t('Routing containers (che-gateway) judged for the security context only');
    case 'containers.project-clone':
      return t('project-clone init containers judged for HOST_USERS=false only');
    case 'containers.init':
      return t('Other init containers (not judged: podman does not run there)');
    case 'pods.rootOnHost':
      return t('Workspace pods that can be root on the node');
    case 'pods.runsAsRoot':
      return t('…that may run as UID 0');
    case 'pods.allowsPrivilegeEscalation':
      return t('…that allow privilege escalation');
    case 'pods.privileged':
      return t('…that are privileged');
    default:
      return undefined;
  }
};
