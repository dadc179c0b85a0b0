/**
 * What che-operator writes into `devworkspace-config` for a CheCluster with nested containers on
 * (pkg/deploy/devworkspace/dev_workspace_config.go): it copies the CheCluster's values, whatever
 * they are, so the DWOC is compared with the CheCluster's effective values, never with the CRD
 * defaults alone.
 */
import { DEFAULT_RUN_SECURITY_CONTEXT } from '../models/cheCluster';
import { at, isDict, num, str } from './guards';
import { containerRunConfigOf } from './cheCluster';

const stringEntries = (v: unknown): Record<string, string> =>
  isDict(v)
    ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Record<
        string,
        string
      >)
    : {};

/**
 * updateAnnotations(): `devEnvironments.workspacesPodAnnotations`, overlaid with the run
 * configuration's (CRD default: the CRI-O devices annotation).
 */
export const expectedPodAnnotations = (cheCluster: unknown): Record<string, string> => ({
  ...stringEntries(at(cheCluster, 'spec', 'devEnvironments', 'workspacesPodAnnotations')),
  ...containerRunConfigOf(cheCluster).podAnnotations,
});

/** updateSecurityContext(): the run configuration's containerSecurityContext as written (CRD default when absent). */
export const expectedContainerSecurityContext = (cheCluster: unknown): Record<string, unknown> => {
  const sc = at(
    cheCluster,
    'spec',
    'devEnvironments',
    'containerRunConfiguration',
    'containerSecurityContext',
  );
  return isDict(sc) ? sc : structuredClone(DEFAULT_RUN_SECURITY_CONTEXT);
};

/** The `config.workspace` fields the operator sets for nested containers, as a DWOC would hold them. */
export const expectedDwocWorkspace = (cheCluster: unknown): Record<string, unknown> => {
  const pod = at(cheCluster, 'spec', 'devEnvironments', 'security', 'podSecurityContext');
  return {
    hostUsers: false,
    containerSecurityContext: expectedContainerSecurityContext(cheCluster),
    podAnnotations: expectedPodAnnotations(cheCluster),
    ...(isDict(pod) ? { podSecurityContext: pod } : {}),
  };
};

/** The CRI-O devices of an annotation value, without access modes (`/dev/fuse:rwm` → `/dev/fuse`). */
export const devicesOf = (value: string | undefined): Set<string> =>
  new Set(
    (value ?? '')
      .split(',')
      .map((d) => d.trim().split(':')[0])
      .filter(Boolean),
  );

/**
 * Whether SCC admission accepts a pod-level `runAsUser` under the SCC's runAsUser strategy
 * (openshift/apiserver-library-go `pkg/securitycontextconstraints/user`): MustRunAs takes only its
 * uid, MustRunAsRange only its range (undefined: the namespace's range, which the plugin does not
 * read), MustRunAsNonRoot anything but 0, RunAsAny everything.
 */
export const sccAdmitsUid = (
  scc: unknown,
  uid: number,
): { ok: boolean | undefined; allowed: string } => {
  const type = str(at(scc, 'runAsUser', 'type'));
  if (type === 'MustRunAs') {
    const want = num(at(scc, 'runAsUser', 'uid'));
    return {
      ok: want === undefined ? undefined : uid === want,
      allowed: `MustRunAs ${want ?? '—'}`,
    };
  }
  if (type === 'MustRunAsRange') {
    const min = num(at(scc, 'runAsUser', 'uidRangeMin'));
    const max = num(at(scc, 'runAsUser', 'uidRangeMax'));
    if (min === undefined || max === undefined)
      return { ok: undefined, allowed: 'MustRunAsRange (namespace range)' };
    return { ok: uid >= min && uid <= max, allowed: `MustRunAsRange ${min}-${max}` };
  }
  if (type === 'MustRunAsNonRoot') return { ok: uid !== 0, allowed: 'MustRunAsNonRoot' };
  if (type === 'RunAsAny') return { ok: true, allowed: 'RunAsAny' };
  return { ok: undefined, allowed: type ?? '—' };
};
