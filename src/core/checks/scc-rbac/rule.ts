/**
 * scc-rbac: the roles and bindings che-operator creates so users and the DevWorkspace controller
 * may use the run SCC (pkg/deploy/container-capabilities/container_capabilities.go: the user
 * ClusterRole, the DWO ClusterRole and its ClusterRoleBinding; controllers/usernamespace
 * reconcileSCCPrivileges: one RoleBinding per user namespace). Each is read into a finding
 * (roles.ts, userBindings.ts); this decides which one the check reports.
 */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import { userClusterRoleName } from '../../cheCluster';
import { DWO_CONTAINER_RUN_ROLE } from '../../../models/clusterRoleBinding';
import { clusterRoleRef } from '../../refs';
import * as fix from './remedies';
import { na, result } from '../../resultBuilders';
import { clusterRoleFinding, dwoBindingFinding } from './roles';
import { boundUserNamespaces, userBindingsFinding } from './userBindings';

export const checkSccRbac = (snapshot: ClusterSnapshot, ctx: CheClusterContext): CheckResult => {
  const id = 'scc-rbac';
  if (!ctx.requestedEnabled) return na(id, 'feature-off');
  const scc = ctx.runScc;
  const userRole = userClusterRoleName(ctx.flavor);
  const reconciling = () =>
    result(
      id,
      'unknown',
      'reconciling',
      { since: ctx.reconcilingSince },
      { object: clusterRoleRef(userRole) },
    );

  const findings = [
    clusterRoleFinding(snapshot, scc, userRole, ['use'], false),
    clusterRoleFinding(snapshot, scc, DWO_CONTAINER_RUN_ROLE, ['get', 'update', 'use'], true),
    dwoBindingFinding(snapshot),
    userBindingsFinding(snapshot, userRole),
  ];
  const failed = findings.find((f): f is { result: () => CheckResult } => 'result' in f);
  if (failed && ctx.reconciling) return reconciling();
  // The roles and the controller binding come after the server in the operator's reconcile order:
  // missing while it reports a failure, they are missing because of it (the user RoleBindings
  // come from another controller, so they keep their own finding).
  const missing = findings.flatMap((f) => ('missing' in f && f.missing ? [f.missing] : []))[0];
  if (missing !== undefined && ctx.reconcileFailure) {
    return result(
      id,
      'fail',
      'rbac-missing-reconcile-failed',
      { name: missing, message: ctx.reconcileFailure.message },
      {
        object: clusterRoleRef(userRole),
        field: 'status.reason',
        remedies: [fix.operatorLogs(ctx.flavor), fix.showCheClusterStatus(ctx.namespace, ctx.name)],
      },
    );
  }
  if (failed) return failed.result();
  const unknown = findings.find((f): f is { unusable: CheckResult } => 'unusable' in f);
  if (unknown) return unknown.unusable;
  const details = findings.flatMap((f) => ('ok' in f ? f.ok : []));
  return result(
    id,
    'pass',
    'cluster-role-ok',
    { name: userRole, scc, namespaces: boundUserNamespaces(snapshot).length },
    { object: clusterRoleRef(userRole), details },
  );
};
