import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkWorkspacePodConfig } from './rule';

export const workspacePodConfig = defineCheck({
  id: 'workspace-pod-config',
  group: 'workspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['show-pod-nested-config'],
  text,
  run: ({ snapshot, ctx, workspaces }) => checkWorkspacePodConfig(snapshot, ctx, workspaces),
});
