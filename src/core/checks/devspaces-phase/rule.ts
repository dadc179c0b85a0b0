import type { CheckResult } from '../../results';
import { at, dict, str } from '../../guards';
import type { CheClusterContext } from '../../cheClusterContext';
import { cheClusterRef } from '../../refs';
import * as fix from './remedies';
import { result } from '../../resultBuilders';

/**
 * The operator's own words first: a `status.reason` means its last reconcile failed (che-operator
 * writes InstallOrUpdateFailed and clears it after a complete pass), whatever `chePhase` kept from
 * an earlier pass. Since 7.111 the message is one fixed sentence pointing at the operator's log,
 * so the remedy is that log. Then the phase the server reconciler writes from the server
 * Deployment (pkg/deploy/server/server_reconciler.go syncActiveChePhase): `Inactive` when it has
 * no available replica (the server is down), `RollingUpdate` while replicas are being replaced.
 */
export const checkDevSpacesPhase = (ctx: CheClusterContext): CheckResult => {
  const id = 'devspaces-phase';
  const { namespace, name, flavor } = ctx;
  const status = dict(at(ctx.cheCluster, 'status'));
  const phase = str(status.chePhase) ?? null;
  const version = str(status.cheVersion) ?? null;
  const object = cheClusterRef(namespace, name);
  const field = 'status.chePhase';
  const details = [{ key: 'chePhase', actual: phase, expected: 'Active', ok: phase === 'Active' }];
  const failure = ctx.reconcileFailure;
  if (failure) {
    return result(
      id,
      'fail',
      'reconcile-failed',
      { reason: failure.reason, message: failure.message, phase },
      {
        object,
        field: 'status.reason',
        details: [
          { key: 'status.reason', actual: failure.reason, expected: null, ok: false },
          { key: 'status.message', actual: failure.message },
          ...details,
        ],
        remedies: [fix.operatorLogs(flavor), fix.showCheClusterStatus(namespace, name)],
      },
    );
  }
  if (phase === 'Active') {
    return result(id, 'pass', 'phase-active', { version }, { object, field, details });
  }
  if (phase === 'Inactive') {
    return result(
      id,
      'warn',
      'server-inactive',
      {},
      {
        object,
        field,
        details,
        remedies: [fix.showServerDeployment(namespace, flavor)],
      },
    );
  }
  if (phase === 'RollingUpdate') {
    return result(
      id,
      'warn',
      'rolling-update',
      {},
      { object, field, details, remedies: [fix.showServerDeployment(namespace, flavor)] },
    );
  }
  return result(
    id,
    'warn',
    'phase-not-active',
    { phase, message: str(status.message) ?? null, reason: str(status.reason) ?? null },
    { object, field, details, remedies: [fix.showCheClusterStatus(namespace, name)] },
  );
};
