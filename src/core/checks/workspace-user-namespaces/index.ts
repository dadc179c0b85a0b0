import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkWorkspaceUserNamespaces } from './rule';

export const workspaceUserNamespaces = defineCheck({
  id: 'workspace-user-namespaces',
  group: 'workspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: [],
  text,
  run: ({ snapshot, ctx, workspaces }) => checkWorkspaceUserNamespaces(snapshot, ctx, workspaces),
});
