import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkWorkspaceImages } from './rule';

export const workspaceImages = defineCheck({
  id: 'workspace-images',
  group: 'workspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['list-workspace-images'],
  text,
  run: ({ snapshot, ctx, workspaces }) => checkWorkspaceImages(snapshot, ctx, workspaces),
});
