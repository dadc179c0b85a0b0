/**
 * The cluster-scoped RBAC che-operator creates for the run SCC
 * (pkg/deploy/container-capabilities/container_capabilities.go): the user ClusterRole, the DWO
 * ClusterRole and the DWO ClusterRoleBinding, each read into a finding.
 */
import type { ClusterSnapshot, ResourceState } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import { at, dict, list, namespaceOf, str, strings } from '../../guards';
import { DWO_CONTAINER_RUN_ROLE, DWO_SERVICE_ACCOUNT } from '../../../models/clusterRoleBinding';
import { clusterRoleBindingRef, clusterRoleRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, result, stateOf, unusable } from '../../resultBuilders';

/** `missing`: the object the operator creates is absent (its name). */
export type Finding =
  | { result: () => CheckResult; missing?: string }
  | { unusable: CheckResult }
  | { ok: CheckDetail[] };

const RBAC_GROUP = 'rbac.authorization.k8s.io';

const has = (values: string[], wanted: string) => values.includes(wanted) || values.includes('*');

/** Whether a ClusterRole grants every verb on the SCC (empty resourceNames means every SCC). */
const grantsScc = (role: unknown, scc: string, verbs: readonly string[] = ['use']) => {
  const rules = list(at(role, 'rules'))
    .map(dict)
    .filter((rule) => {
      const names = strings(rule.resourceNames);
      return (
        has(strings(rule.apiGroups), 'security.openshift.io') &&
        has(strings(rule.resources), 'securitycontextconstraints') &&
        (names.length === 0 || names.includes(scc))
      );
    });
  return verbs.every((v) => rules.some((rule) => has(strings(rule.verbs), v)));
};

export const roleRefIs = (binding: unknown, role: string): boolean => {
  const ref = dict(at(binding, 'roleRef'));
  return ref.apiGroup === RBAC_GROUP && ref.kind === 'ClusterRole' && ref.name === role;
};

export const hasSubject = (binding: unknown, want: (s: Record<string, unknown>) => boolean) =>
  list(at(binding, 'subjects')).map(dict).some(want);

/**
 * The DWO namespace as che-operator finds it: the namespace of the controller pods running as its
 * service account. Undefined when that is not one namespace (not readable, none, several).
 */
const dwoNamespaceOf = (snapshot: ClusterSnapshot): string | undefined => {
  const namespaces = new Set(
    list(dataOf(snapshot.devWorkspaceControllerPods))
      .filter((p) => str(at(p, 'spec', 'serviceAccountName')) === DWO_SERVICE_ACCOUNT)
      .map(namespaceOf),
  );
  return namespaces.size === 1 ? [...namespaces][0] : undefined;
};

/** A ClusterRole che-operator creates for the run SCC: present, and granting these verbs on it. */
export const clusterRoleFinding = (
  snapshot: ClusterSnapshot,
  scc: string,
  name: string,
  verbs: string[],
  isDwo: boolean,
): Finding => {
  const id = 'scc-rbac';
  const object = clusterRoleRef(name);
  const state = dict(snapshot.clusterRoles)[name] as ResourceState<unknown> | undefined;
  const remedies = [fix.showClusterRole(name), fix.clusterRoleYaml(name, scc, verbs)];
  const params = { name, scc };
  if (stateOf(state) === 'not-found')
    return {
      missing: name,
      result: () =>
        isDwo
          ? result(id, 'fail', 'dwo-cluster-role-missing', params, { object, remedies })
          : result(id, 'fail', 'cluster-role-missing', params, { object, remedies }),
    };
  const role = dataOf(state);
  if (role === undefined) return { unusable: unusable(id, 'clusterroles', state, object) };
  const ok = grantsScc(role, scc, verbs);
  const details = [
    {
      key: isDwo ? 'dwoClusterRole.rules' : 'clusterRole.rules.use',
      actual: ok,
      expected: true,
      ok,
    },
  ];
  if (ok) return { ok: details };
  const extras = { object, field: 'rules', details, remedies };
  return {
    result: () =>
      isDwo
        ? result(id, 'fail', 'dwo-cluster-role-wrong', { ...params, verbs }, extras)
        : result(id, 'fail', 'cluster-role-wrong-scc', params, extras),
  };
};

/** The ClusterRoleBinding that lets the DevWorkspace controller's service account use the SCC. */
export const dwoBindingFinding = (snapshot: ClusterSnapshot): Finding => {
  const id = 'scc-rbac';
  const name = DWO_CONTAINER_RUN_ROLE;
  const object = clusterRoleBindingRef(name);
  const state = dict(snapshot.clusterRoleBindings)[name] as ResourceState<unknown> | undefined;
  const namespace = dwoNamespaceOf(snapshot);
  const serviceAccount = `${namespace ?? '<DWO namespace>'}/${DWO_SERVICE_ACCOUNT}`;
  const remedies = [
    fix.showClusterRoleBinding(name),
    fix.clusterRoleBindingYaml(name, DWO_CONTAINER_RUN_ROLE, DWO_SERVICE_ACCOUNT, namespace),
  ];
  if (stateOf(state) === 'not-found')
    return {
      missing: name,
      result: () =>
        result(id, 'fail', 'dwo-binding-missing', { name, serviceAccount }, { object, remedies }),
    };
  const binding = dataOf(state);
  if (binding === undefined)
    return { unusable: unusable(id, 'clusterrolebindings', state, object) };
  // Without one DWO namespace on record, any namespace of that service account is accepted.
  const subjectOk = hasSubject(
    binding,
    (s) =>
      s.kind === 'ServiceAccount' &&
      s.name === DWO_SERVICE_ACCOUNT &&
      (namespace === undefined || s.namespace === namespace),
  );
  const details: CheckDetail[] = [
    {
      key: 'dwoBinding.roleRef',
      actual: str(at(binding, 'roleRef', 'name')) ?? null,
      expected: name,
      ok: roleRefIs(binding, name),
    },
    { key: 'dwoBinding.subject', actual: subjectOk, expected: serviceAccount, ok: subjectOk },
  ];
  const wrong = details.filter((d) => !d.ok).map((d) => d.key);
  if (wrong.length === 0) return { ok: details };
  return {
    result: () =>
      result(
        id,
        'fail',
        'dwo-binding-wrong',
        { name, serviceAccount, fields: wrong },
        {
          object,
          field: wrong[0] === 'dwoBinding.roleRef' ? 'roleRef' : 'subjects',
          details,
          remedies,
        },
      ),
  };
};
