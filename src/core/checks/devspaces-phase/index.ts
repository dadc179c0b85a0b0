import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkDevSpacesPhase } from './rule';

export const devspacesPhase = defineCheck({
  id: 'devspaces-phase',
  group: 'devspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['show-server-deployment'],
  text,
  run: ({ ctx }) => checkDevSpacesPhase(ctx),
});
