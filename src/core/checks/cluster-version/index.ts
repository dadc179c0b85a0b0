import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkClusterVersion } from './rule';

export const clusterVersion = defineCheck({
  id: 'cluster-version',
  group: 'platform',
  scope: 'cluster',
  gate: 'fail-or-unknown',
  reasons,
  remedies: ['show-upgrades', 'show-cluster-version'],
  text,
  run: ({ snapshot, version }) => checkClusterVersion(snapshot, version),
});
