import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkOperatorSupport } from './rule';

export const operatorSupport = defineCheck({
  id: 'operator-support',
  group: 'devspaces',
  scope: 'cluster',
  gate: 'fail-or-unknown',
  reasons,
  remedies: ['show-crd-field'],
  text,
  run: ({ snapshot }) => checkOperatorSupport(snapshot),
});
