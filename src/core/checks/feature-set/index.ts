import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkFeatureSet } from './rule';

export const featureSet = defineCheck({
  id: 'feature-set',
  group: 'platform',
  scope: 'cluster',
  gate: 'none',
  reasons,
  remedies: ['custom-feature-set-enable-gates'],
  text,
  run: ({ snapshot }) => checkFeatureSet(snapshot),
});
