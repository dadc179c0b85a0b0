import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkFeatureGates } from './rule';

export const featureGates = defineCheck({
  id: 'feature-gates',
  group: 'platform',
  scope: 'cluster',
  gate: 'fail-or-unknown',
  reasons,
  remedies: [],
  text,
  run: ({ snapshot, version }) => checkFeatureGates(snapshot, version),
});
