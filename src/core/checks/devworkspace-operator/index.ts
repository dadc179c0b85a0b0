import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkDevWorkspaceOperator } from './rule';

export const devworkspaceOperator = defineCheck({
  id: 'devworkspace-operator',
  group: 'devspaces',
  scope: 'cluster',
  gate: 'fail',
  reasons,
  remedies: ['list-dwo-csvs', 'show-dwoc-crd-field'],
  text,
  run: ({ snapshot }) => checkDevWorkspaceOperator(snapshot),
});
