/** Facts read from one CheCluster: flavor, run SCC, requested state, and the names derived from them. */
import type { CheCluster } from '../models/cheCluster';
import { DEFAULT_RUN_SCC } from '../models/cheCluster';
import { at, bool, namespaceOf, nameOf, str } from './guards';

export type Flavor = 'devspaces' | 'che';

/**
 * The flavor is compiled into the operator (its CHE_FLAVOR setting), not written on the CheCluster,
 * and the plugin may not read the operator Deployment. The Dev Spaces operator creates its CheCluster
 * as `devspaces` in `openshift-devspaces` (and admins keep "devspaces" in custom names), so the name
 * or namespace is the one signal every user can read. Anything else is upstream Eclipse Che.
 */
export const flavorOf = (cheCluster: CheCluster | null | undefined): Flavor =>
  /devspaces/i.test(nameOf(cheCluster)) || /devspaces/i.test(namespaceOf(cheCluster))
    ? 'devspaces'
    : 'che';

/** The SCC the operator creates for nested containers (CRD default `container-run`). */
export const runSccName = (cheCluster: CheCluster | null | undefined): string =>
  str(
    at(
      cheCluster,
      'spec',
      'devEnvironments',
      'containerRunConfiguration',
      'openShiftSecurityContextConstraint',
    ),
  ) || DEFAULT_RUN_SCC;

/** The switch is negative: only an explicit `false` turns nested containers on (absent = CRD default `true`). */
export const isRequestedEnabled = (cheCluster: CheCluster | null | undefined): boolean =>
  bool(at(cheCluster, 'spec', 'devEnvironments', 'disableContainerRunCapabilities')) === false;

/** ClusterRole granting `use` on the run SCC to users. */
export const userClusterRoleName = (flavor: Flavor): string => `${flavor}-user-container-run`;

/** Value of `app.kubernetes.io/managed-by` on objects the operator owns. */
export const managedByValue = (flavor: Flavor): string => `${flavor}-operator`;
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
