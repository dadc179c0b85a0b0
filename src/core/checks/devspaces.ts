/** Dev Spaces checks: is it installed, does its operator know the switch, is it healthy. */
import type { ClusterSnapshot } from '../snapshot';
import type { CheckResult } from '../results';
import { at, dict, isDict, list, str } from '../guards';
import type { InstanceContext } from '../instance';
import { cheClusterCrdRef, cheClusterRef } from '../refs';
import * as fix from '../remedies';
import { dataOf, result, stateOf, unusable } from '../resultBuilders';
import { CHECLUSTER_CRD_NAME } from '../../models/customResourceDefinition';

export const checkDevSpacesInstalled = (snapshot: ClusterSnapshot): CheckResult => {
  const id = 'devspaces-installed';
  const state = snapshot.cheClusters;
  // not-found: the CheCluster API is not served, i.e. no operator installed.
  const items = stateOf(state) === 'not-found' ? [] : dataOf(state);
  if (items === undefined) return unusable(id, 'checlusters', state);
  const count = list(items).length;
  const details = [{ key: 'checlusters.count', actual: count, expected: '>=1', ok: count > 0 }];
  if (count === 0) {
    return result(
      id,
      'fail',
      'checluster-none',
      {},
      {
        details,
        remedies: [fix.listCheClusters(), fix.listOperatorCsvs()],
      },
    );
  }
  return result(id, 'pass', 'checluster-found', { count }, { details });
};

const FIELD_PATH = [
  'spec',
  'properties',
  'devEnvironments',
  'properties',
  'disableContainerRunCapabilities',
];

/** Whether the CRD's v2 schema declares the switch; an older operator would prune the field. */
export const crdSupportsSwitch = (crd: unknown): boolean => {
  const v2 = list(at(crd, 'spec', 'versions')).find((v) => str(dict(v).name) === 'v2');
  return isDict(at(v2, 'schema', 'openAPIV3Schema', 'properties', ...FIELD_PATH));
};

const SWITCH_FIELD = 'spec.devEnvironments.disableContainerRunCapabilities';

/**
 * Whether a CheCluster as the API server returns it holds the switch. The CRD declares it with
 * `default: true` (che-operator api/v2/checluster_types.go `+kubebuilder:default:=true`, and in
 * devEnvironments' own default), and the API server applies defaults and prunes undeclared
 * fields on every read: present means the installed CRD knows it. Absent proves nothing (an older
 * CRD without the default), so then the CRD is read.
 */
export const carriesSwitch = (cheCluster: unknown): boolean =>
  typeof at(cheCluster, 'spec', 'devEnvironments', 'disableContainerRunCapabilities') === 'boolean';

export const checkOperatorSupport = (snapshot: ClusterSnapshot): CheckResult => {
  const id = 'operator-support';
  const carrier = list(dataOf(snapshot.cheClusters)).find(carriesSwitch);
  if (carrier !== undefined) {
    const details = [
      { key: 'checluster.disableContainerRunCapabilities', actual: true, expected: true, ok: true },
    ];
    return result(
      id,
      'pass',
      'operator-supports-field',
      {},
      {
        object: cheClusterRef(
          str(at(carrier, 'metadata', 'namespace')) ?? '',
          str(at(carrier, 'metadata', 'name')) ?? '',
        ),
        field: SWITCH_FIELD,
        details,
      },
    );
  }
  const object = cheClusterCrdRef();
  const crd = dataOf(snapshot.cheClusterCrd);
  if (crd === undefined)
    return unusable(id, 'customresourcedefinitions', snapshot.cheClusterCrd, object);
  const field =
    'spec.versions[name=v2].schema.openAPIV3Schema.properties.spec.properties.devEnvironments.properties.disableContainerRunCapabilities';
  const ok = crdSupportsSwitch(crd);
  const details = [
    { key: 'crd.v2.disableContainerRunCapabilities', actual: ok, expected: true, ok },
  ];
  if (ok) return result(id, 'pass', 'operator-supports-field', {}, { object, field, details });
  return result(
    id,
    'fail',
    'operator-too-old',
    { crd: CHECLUSTER_CRD_NAME },
    {
      object,
      field,
      details,
      remedies: [fix.showCheClusterCrdField(), fix.listOperatorCsvs()],
    },
  );
};

/**
 * The operator's own words first: a `status.reason` means its last reconcile failed (che-operator
 * writes InstallOrUpdateFailed and clears it after a complete pass), whatever `chePhase` kept from
 * an earlier pass. Since 7.111 the message is one fixed sentence pointing at the operator's log,
 * so the remedy is that log. Then the phase the server reconciler writes from the server
 * Deployment (pkg/deploy/server/server_reconciler.go syncActiveChePhase): `Inactive` when it has
 * no available replica (the server is down), `RollingUpdate` while replicas are being replaced.
 */
export const checkDevSpacesPhase = (ctx: InstanceContext): CheckResult => {
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
