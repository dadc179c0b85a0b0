import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkKubedockWorkspaces } from './rule';

export const kubedockWorkspaces = defineCheck({
  id: 'kubedock-workspaces',
  group: 'workspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['list-kubedock-workspaces'],
  text,
  run: ({ snapshot, ctx, workspaces }) => checkKubedockWorkspaces(snapshot, ctx, workspaces),
});
