import type { Translate } from '../../utils/translate';
import type { CheckId } from '../../core/results';

/** The short name of each check, as the checklist shows it. */
export const checkTitle = (t: Translate, id: CheckId): string => {
  switch (id) {
    case 'openshift-apis':
      return t('OpenShift APIs');
    case 'cluster-version':
      return t('OpenShift version');
    case 'feature-gates':
      return t('User namespace feature gates');
    case 'feature-set':
      return t('Cluster feature set');
    case 'container-runtime':
      return t('Container runtime');
    case 'workspace-nodes':
      return t('Kubelets of the workspace nodes');
    case 'devspaces-installed':
      return t('Dev Spaces installed');
    case 'operator-support':
      return t('Operator supports nested containers');
    case 'devworkspace-operator':
      return t('DevWorkspace Operator');
    case 'devspaces-phase':
      return t('Dev Spaces status');
    case 'run-scc':
      return t('Container run SCC');
    case 'scc-rbac':
      return t('Permission to use the SCC');
    case 'workspace-config':
      return t('Workspace configuration');
    case 'runtime-class':
      return t('Workspace runtime class');
    case 'tech-preview-setup':
      return t('Tech preview setup left over');
    case 'legacy-workspaces':
      return t('Workspaces to recreate');
    case 'workspace-images':
      return t('Workspace images');
    case 'workspace-user-namespaces':
      return t('Workspace pods in user namespaces');
    case 'workspace-pod-config':
      return t('Running workspace pods');
    case 'kubedock-workspaces':
      return t('Workspaces using kubedock');
    case 'root-on-host':
      return t('Root on the node');
    default: {
      const unknown: never = id;
      return String(unknown);
    }
  }
};
