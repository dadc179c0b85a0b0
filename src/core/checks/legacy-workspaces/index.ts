import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkLegacyWorkspaces } from './rule';

export const legacyWorkspaces = defineCheck({
  id: 'legacy-workspaces',
  group: 'workspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['list-workspaces-scc', 'delete-workspace', 'record-workspace-scc'],
  text,
  run: ({ snapshot, ctx, legacy, unrecorded }) =>
    checkLegacyWorkspaces(snapshot, ctx, legacy, unrecorded),
});
