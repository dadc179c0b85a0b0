/** Facts read from one CheCluster: flavor, run SCC, requested state, and the names derived from them. */
import type { CheCluster } from '../models/cheCluster';
import {
  CRIO_DEVICES_ANNOTATION,
  CRIO_DEVICES_VALUE,
  DEFAULT_RUN_SCC,
  DEFAULT_RUN_SECURITY_CONTEXT,
} from '../models/cheCluster';
import { at, bool, dict, isDict, namespaceOf, nameOf, str, strings } from './guards';

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

/** What che-operator copies into the DevWorkspaceOperatorConfig when the switch is on. */
export interface ContainerRunConfig {
  procMount?: string;
  /** undefined: not set, which the API server treats as allowed. */
  allowPrivilegeEscalation?: boolean;
  /** Upper-case, without `CAP_`, as SCC admission compares them. */
  capabilities: string[];
  podAnnotations: Record<string, string>;
}

export const normalizeCapability = (c: string): string => c.toUpperCase().replace(/^CAP_/, '');

/**
 * The CheCluster's effective containerRunConfiguration: its own values where it has them, else the
 * CRD defaults (the API server fills them once the operator's webhook adds the empty object on
 * enabling). The operator copies these, whatever they are, so they are what pods request.
 */
export const containerRunConfigOf = (cheCluster: unknown): ContainerRunConfig => {
  const run = at(cheCluster, 'spec', 'devEnvironments', 'containerRunConfiguration');
  const sc = at(run, 'containerSecurityContext');
  const security = isDict(sc) ? sc : DEFAULT_RUN_SECURITY_CONTEXT;
  const annotations = at(run, 'workspacesPodAnnotations');
  return {
    procMount: str(at(security, 'procMount')),
    allowPrivilegeEscalation: bool(at(security, 'allowPrivilegeEscalation')),
    capabilities: [
      ...new Set(strings(at(security, 'capabilities', 'add')).map(normalizeCapability)),
    ],
    podAnnotations: isDict(annotations)
      ? (Object.fromEntries(
          Object.entries(annotations).filter(([, v]) => typeof v === 'string'),
        ) as Record<string, string>)
      : { [CRIO_DEVICES_ANNOTATION]: CRIO_DEVICES_VALUE },
  };
};

/** `devEnvironments.security.podSecurityContext.runAsUser`, which the operator copies to the DWOC. */
export const podRunAsUserOf = (cheCluster: unknown): number | undefined => {
  const v = dict(
    at(cheCluster, 'spec', 'devEnvironments', 'security', 'podSecurityContext'),
  ).runAsUser;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/**
 * Labels che-operator puts on the objects it owns. It updates an SCC only when part-of, managed-by
 * and component all match (IsOperatorManagedComponent); any other SCC of that name is left alone.
 */
export const operatorLabels = (flavor: Flavor): Record<string, string> => ({
  'app.kubernetes.io/name': flavor,
  'app.kubernetes.io/instance': flavor,
  'app.kubernetes.io/part-of': 'che.eclipse.org',
  'app.kubernetes.io/component': flavor,
  [MANAGED_BY_LABEL]: managedByValue(flavor),
});

export const MANAGED_LABEL_KEYS = [
  'app.kubernetes.io/part-of',
  MANAGED_BY_LABEL,
  'app.kubernetes.io/component',
] as const;

export const isOperatorManaged = (obj: unknown, flavor: Flavor): boolean => {
  const labels = dict(at(obj, 'metadata', 'labels'));
  const want = operatorLabels(flavor);
  return MANAGED_LABEL_KEYS.every((k) => labels[k] === want[k]);
};
