import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkContainerRunSettings } from './rule';

export const containerRunSettings = defineCheck({
  id: 'container-run-settings',
  group: 'devspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['restore-run-settings'],
  text,
  run: ({ ctx }) => checkContainerRunSettings(ctx),
});
