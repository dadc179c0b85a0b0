/** operator-support: the installed CheCluster CRD declares the switch, so the operator acts on it. */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult } from '../../results';
import { at, dict, isDict, list, str } from '../../guards';
import { cheClusterCrdRef, cheClusterRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, result, unusable } from '../../resultBuilders';
import { CHECLUSTER_CRD_NAME } from '../../../models/customResourceDefinition';

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
