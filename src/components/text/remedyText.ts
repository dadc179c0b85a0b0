/**
 * One line saying what a remedy does, by its stable code. The switch is exhaustive over the core's
 * RemedyCode union: a remedy without its sentence does not compile.
 */
import type { Translate } from '../../utils/translate';
import type { Remedy } from '../../core/results';

export const remedyText = (t: Translate, remedy: Pick<Remedy, 'code'>): string => {
  switch (remedy.code) {
    case 'enable-feature':
      return t('Turn nested containers on from the command line.');
    case 'disable-feature':
      return t('Turn nested containers off from the command line.');
    case 'show-upgrades':
      return t('See the available OpenShift updates.');
    case 'show-cluster-version':
      return t('Show the cluster version and its history.');
    case 'show-feature-gates':
      return t('Show the feature set and the feature gates.');
    case 'custom-feature-set-enable-gates':
      return t('Enable the user namespace gates in the custom feature set.');
    case 'delete-container-runtime-config':
      return t('Delete the ContainerRuntimeConfig that forces runc.');
    case 'container-runtime-crun':
      return t('Switch the ContainerRuntimeConfig to crun.');
    case 'show-runc-overrides':
      return t('Show the MachineConfigs that keep runc.');
    case 'delete-runc-override':
      return t(
        'Delete the MachineConfig that keeps the pool on runc: its nodes drain and reboot, one at a time, onto crun.',
      );
    case 'unpause-pool':
      return t(
        'Unpause the machine config pool: its nodes update to the release of the cluster (and reboot, a few at a time), which brings the new kubelet.',
      );
    case 'show-pools':
      return t('Watch the machine config pools until UPDATED is True for each.');
    case 'show-node-versions':
      return t('List the nodes; the VERSION column is the kubelet each one runs.');
    case 'show-node-runtime':
      return t('Ask CRI-O on a node which runtime it uses by default.');
    case 'list-checlusters':
      return t('List the CheClusters in every namespace.');
    case 'show-checluster-status':
      return t('Show the status of the CheCluster.');
    case 'show-crd-field':
      return t('Check whether the installed CheCluster CRD has the field.');
    case 'operator-logs':
      return t(
        "Read the operator's log: the cause of a failed reconcile is there, not in the CheCluster's status.",
      );
    case 'show-server-deployment':
      return t(
        'Show the Dev Spaces server Deployment, its replicas and the events that explain why none is available.',
      );
    case 'list-operator-csvs':
      return t('List the installed Dev Spaces operator versions.');
    case 'show-scc':
      return t('Show the SCC.');
    case 'recreate-managed-scc':
      return t('Delete the drifted SCC so the operator recreates it.');
    case 'patch-scc':
      return t('Patch the SCC with the expected fields.');
    case 'scc-expected':
      return t('The SCC the operator creates.');
    case 'show-cluster-role':
      return t('Show the ClusterRole.');
    case 'cluster-role-expected':
      return t('The ClusterRole the operator creates.');
    case 'show-cluster-role-binding':
      return t('Show the ClusterRoleBinding.');
    case 'cluster-role-binding-expected':
      return t('The ClusterRoleBinding the operator creates for the DevWorkspace controller.');
    case 'list-user-role-bindings':
      return t('List the user namespaces with their user, and the RoleBindings that exist.');
    case 'user-role-bindings-expected':
      return t(
        'The RoleBindings the operator creates in these user namespaces (the first few; list the rest with the command above).',
      );
    case 'show-dwoc':
      return t('Show the workspace configuration.');
    case 'dwoc-expected':
      return t('The workspace configuration the operator writes.');
    case 'drop-pod-run-as-user':
      return t('Remove the pod runAsUser from the CheCluster so the SCC assigns its own UID.');
    case 'list-workspaces-scc':
      return t('List the workspaces with the SCC each was created with.');
    case 'delete-workspace':
      return t(
        'Once its owner has pushed their work: delete the workspace (its storage may go with it) so it can be created again.',
      );
    case 'record-workspace-scc':
      return t(
        'Record the run SCC on a workspace that has none, so it also starts outside the dashboard.',
      );
    case 'list-workspace-pods-userns':
      return t('List workspace pods with their user namespace setting and SCC.');
    case 'show-runtime-class':
      return t('Show the RuntimeClass and the handler it names.');
    case 'list-kubedock-workspaces':
      return t('List the workspaces that still turn kubedock on.');
    case 'show-pod-nested-config':
      return t("Show the pod's SCC, devices annotation, HOST_USERS and procMount per container.");
    case 'drop-nested-build-scc':
      return t('Stop using the hand-made nested-podman SCC as the build SCC.');
    case 'delete-nested-scc':
      return t('Delete the hand-made nested-podman SCC once no workspace uses it.');
    case 'list-pod-overrides-workspaces':
      return t(
        'List the workspaces with their pod-overrides attribute, to recreate them without it.',
      );
    case 'list-dwo-csvs':
      return t('List the installed DevWorkspace Operator versions.');
    case 'show-dwoc-crd-field':
      return t('Check whether the DevWorkspaceOperatorConfig CRD has config.workspace.hostUsers.');
    case 'list-workspace-images':
      return t('List the workspaces with their container images and parent devfile.');
    case 'show-pod-security':
      return t('Show the security settings of the pod.');
  }
};
