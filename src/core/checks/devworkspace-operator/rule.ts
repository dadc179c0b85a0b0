/**
 * devworkspace-operator: che-operator writes config.workspace.hostUsers into the
 * DevWorkspaceOperatorConfig; a DevWorkspace Operator whose CRD does not declare the field
 * (before 0.37) prunes it, and every workspace pod then lacks its user namespace while the run SCC
 * requires one (RequirePodLevel): every pod is rejected. Blocks enabling (gate `fail`).
 * From 0.40 the operator also injects HOST_USERS=false into every container
 * (devworkspace-operator pkg/library/env), so components from parent devfiles get it too; older
 * ones leave them without it and newuidmap fails (eclipse-che/che#23728): a warning.
 */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import { at, dict, isDict, list, str } from '../../guards';
import { dwocCrdRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, result, stateOf, unusable } from '../../resultBuilders';
import { DWOC_CRD_NAME } from '../../../models/customResourceDefinition';
import { DWO_CSV_PREFIX } from '../../../models/clusterServiceVersion';

const HOST_USERS_PATH = ['config', 'workspace', 'hostUsers'];
const FIELD =
  'spec.versions[name=v1alpha1].schema.openAPIV3Schema.properties.config.properties.workspace.properties.hostUsers';
/** First DWO release that injects HOST_USERS=false. */
export const DWO_HOST_USERS_ENV = [0, 40] as const;

export const dwocCrdKnowsHostUsers = (crd: unknown): boolean => {
  const v = list(at(crd, 'spec', 'versions')).find((x) => str(dict(x).name) === 'v1alpha1');
  let node: unknown = at(v, 'schema', 'openAPIV3Schema');
  for (const key of HOST_USERS_PATH) node = at(node, 'properties', key);
  return isDict(node);
};

/** `0.40.1` → [0, 40, 1]; undefined when not a version. */
const parseVersion = (v: string | undefined): number[] | undefined => {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
};
const atLeast = (v: number[], min: readonly number[]) =>
  v[0] !== min[0] ? v[0] > min[0] : v[1] >= min[1];

/** The newest DWO version among the CSVs (OLM keeps the replaced one during an upgrade). */
export const dwoVersionOf = (csvs: unknown): string | undefined => {
  let best: { raw: string; v: number[] } | undefined;
  for (const csv of list(csvs)) {
    const name = str(at(csv, 'metadata', 'name')) ?? '';
    if (!name.startsWith(DWO_CSV_PREFIX)) continue;
    const raw = str(at(csv, 'spec', 'version')) ?? name.slice(DWO_CSV_PREFIX.length);
    const v = parseVersion(raw);
    if (!v) continue;
    if (
      !best ||
      v[0] > best.v[0] ||
      (v[0] === best.v[0] && (v[1] > best.v[1] || (v[1] === best.v[1] && v[2] > best.v[2])))
    ) {
      best = { raw, v };
    }
  }
  return best?.raw;
};

export const checkDevWorkspaceOperator = (snapshot: ClusterSnapshot): CheckResult => {
  const id = 'devworkspace-operator';
  const object = dwocCrdRef();
  const crd = dataOf(snapshot.devWorkspaceOperatorConfigCrd);
  if (crd === undefined) {
    // No CRD at all: DWO is not installed (Dev Spaces installs it), which the operator cannot work without.
    if (stateOf(snapshot.devWorkspaceOperatorConfigCrd) === 'not-found') {
      return result(
        id,
        'fail',
        'dwo-too-old',
        { crd: DWOC_CRD_NAME },
        {
          object,
          field: FIELD,
          details: [{ key: 'crd.dwoc.hostUsers', actual: false, expected: true, ok: false }],
          remedies: [fix.listDwoCsvs()],
        },
      );
    }
    return unusable(
      id,
      'customresourcedefinitions',
      snapshot.devWorkspaceOperatorConfigCrd,
      object,
    );
  }
  const knows = dwocCrdKnowsHostUsers(crd);
  const csvState = stateOf(snapshot.devWorkspaceOperatorCsvs);
  // The CSV says whether DWO sets HOST_USERS (0.40): a list the viewer cannot read is "cannot
  // tell", never a pass. No OLM API at all (not-found) is a cluster without OLM: the CRD decides.
  if (knows && csvState !== 'loaded' && csvState !== 'not-found')
    return unusable(id, 'clusterserviceversions', snapshot.devWorkspaceOperatorCsvs, object);
  const version = dwoVersionOf(dataOf(snapshot.devWorkspaceOperatorCsvs));
  const details: CheckDetail[] = [
    { key: 'crd.dwoc.hostUsers', actual: knows, expected: true, ok: knows },
    // Unknown is said, not failed: OLM's API may be absent or not readable by this user.
    {
      key: 'dwo.version',
      actual: version ?? `unknown (${csvState === 'loaded' ? 'no CSV' : csvState})`,
    },
  ];
  const remedies = [fix.listDwoCsvs(), fix.showDwocCrdField()];
  if (!knows) {
    return result(
      id,
      'fail',
      'dwo-too-old',
      { crd: DWOC_CRD_NAME },
      { object, field: FIELD, details, remedies },
    );
  }
  const parsed = parseVersion(version);
  if (parsed && !atLeast(parsed, DWO_HOST_USERS_ENV)) {
    return result(
      id,
      'warn',
      'dwo-no-host-users-env',
      { version: version ?? '' },
      { object, details, remedies },
    );
  }
  return result(
    id,
    'pass',
    'dwo-supports-host-users',
    { version: version ?? null },
    { object, details },
  );
};
