/** devspaces-installed: a CheCluster exists (the CRD is served and one object is there). */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult } from '../../results';
import { list } from '../../guards';
import * as fix from './remedies';
import { dataOf, result, stateOf, unusable } from '../../resultBuilders';

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
