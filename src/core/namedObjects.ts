/**
 * The objects the CheClusters name, which the second-stage watches read: each CheCluster's run SCC
 * and container-build SCC, the DWOC in its namespace, the ClusterRole its flavour's operator creates
 * for users (and the binding of that role), and the DevWorkspace controller's container-run role.
 */
import type { CheCluster } from '../models/cheCluster';
import { DWO_CONTAINER_RUN_ROLE } from '../models/clusterRoleBinding';
import { flavorOf, runSccName, userClusterRoleName } from './cheCluster';

export interface SecondaryNames {
  sccs: string[];
  dwocNamespaces: string[];
  clusterRoles: string[];
  clusterRoleBindings: string[];
  /** RoleBinding names, each watched in every namespace at once. */
  userRoleBindings: string[];
}

/** Sorted and without duplicates, so the same CheClusters always give the same watches. */
const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();

export const namesFor = (cheClusters: CheCluster[]): SecondaryNames => ({
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
    ...cheClusters.map((cc) => userClusterRoleName(flavorOf(cc))),
    ...(cheClusters.length ? [DWO_CONTAINER_RUN_ROLE] : []),
  ]),
  clusterRoleBindings: cheClusters.length ? [DWO_CONTAINER_RUN_ROLE] : [],
  userRoleBindings: unique(cheClusters.map((cc) => userClusterRoleName(flavorOf(cc)))),
});
