import type { Translate } from '../../core/translate';
import { detailLine } from '../../core/checks/registry';

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

/** `container:<role>:<namespace>/<pod>/<container>` (core/checks/workspace-pod-config/rule.ts containerDetailKey). */
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
    case 'workspaces.notDevSpaces':
      return t(
        'Not Dev Spaces workspaces (Web Terminal, other DevWorkspace Operator users), left out',
      );
    case 'workspaces.scc.expected':
      return t('SCC new workspaces get');
    case 'containers.tool':
      return t('Tool containers judged for HOST_USERS=false and an unmasked /proc');
    case 'containers.routing':
      return t('Routing containers (che-gateway) judged for the security context only');
    case 'containers.project-clone':
      return t('project-clone init containers judged for HOST_USERS=false only');
    case 'containers.init':
      return t('Other init containers (not judged: podman does not run there)');
    default:
      // A detail one check reports: its folder's text module labels it.
      return detailLine(key)?.(t);
  }
};
