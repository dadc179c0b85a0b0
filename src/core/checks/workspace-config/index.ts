import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkWorkspaceConfig } from './rule';

export const workspaceConfig = defineCheck({
  id: 'workspace-config',
  group: 'devspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['show-dwoc', 'dwoc-expected', 'drop-pod-run-as-user'],
  text,
  run: ({ snapshot, ctx }) => checkWorkspaceConfig(snapshot, ctx),
});
