import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkDevSpacesInstalled } from './rule';

export const devspacesInstalled = defineCheck({
  id: 'devspaces-installed',
  group: 'devspaces',
  scope: 'cluster',
  gate: 'fail-or-unknown',
  reasons,
  remedies: ['list-checlusters'],
  text,
  run: ({ snapshot }) => checkDevSpacesInstalled(snapshot),
});
