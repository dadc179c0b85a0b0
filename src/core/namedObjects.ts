/**
 * The objects the CheClusters name, which the second-stage watches read: each CheCluster's run SCC
 * and container-build SCC, the DWOC in its namespace, the ClusterRole its flavour's operator creates
 * for users (and the binding of that role), and the DevWorkspace controller's container-run role.
 *
 * The roles and bindings are named only for the CheClusters whose switch is on. che-operator
 * creates them only then (pkg/deploy/container-capabilities), and scc-rbac, the only check that
 * reads them, is not applicable while the switch is off. The same holds for the user namespaces and
 * the controller's pods, which only scc-rbac reads. The SCCs and the DWOCs are read either way:
 * run-scc reports an SCC left behind, and workspace-images reads the DWOC's pull policy. On a
 * cluster with the switch off, that is six watches fewer at open. On the 4.20 console, each
 * watch's first delivery re-renders the console's masthead and navigation (ARCHITECTURE.md).
 */
import type { CheCluster } from '../models/cheCluster';
import { DWO_CONTAINER_RUN_ROLE } from '../models/clusterRoleBinding';
import { flavorOf, isRequestedEnabled, runSccName, userClusterRoleName } from './cheCluster';

export interface SecondaryNames {
  sccs: string[];
  dwocNamespaces: string[];
  clusterRoles: string[];
  clusterRoleBindings: string[];
  /** RoleBinding names, each watched in every namespace at once. */
  userRoleBindings: string[];
  /**
   * Some CheCluster's switch is on: the user namespaces and the DevWorkspace controller's pods,
   * which scc-rbac checks the RoleBindings and the controller's binding against, are read too.
   */
  switchedOn: boolean;
}

/** Sorted and without duplicates, so the same CheClusters always give the same watches. */
const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();

export const namesFor = (cheClusters: CheCluster[]): SecondaryNames => {
  const switchedOn = cheClusters.filter(isRequestedEnabled);
  return {
    // The build SCC too: the tech-preview-setup check looks for a nested-podman SCC named there.
    sccs: unique(
      cheClusters.flatMap((cc) => [
        runSccName(cc),
        cc.spec?.devEnvironments?.containerBuildConfiguration?.openShiftSecurityContextConstraint ??
          '',
      ]),
    ),
    dwocNamespaces: unique(cheClusters.map((cc) => cc.metadata?.namespace ?? '')),
    clusterRoles: unique([
      ...switchedOn.map((cc) => userClusterRoleName(flavorOf(cc))),
      ...(switchedOn.length ? [DWO_CONTAINER_RUN_ROLE] : []),
    ]),
    clusterRoleBindings: switchedOn.length ? [DWO_CONTAINER_RUN_ROLE] : [],
    userRoleBindings: unique(switchedOn.map((cc) => userClusterRoleName(flavorOf(cc)))),
    switchedOn: switchedOn.length > 0,
  };
};
