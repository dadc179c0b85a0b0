import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkTechPreviewSetup } from './rule';

export const techPreviewSetup = defineCheck({
  id: 'tech-preview-setup',
  group: 'devspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['drop-nested-build-scc', 'delete-nested-scc', 'list-pod-overrides-workspaces'],
  text,
  run: ({ snapshot, ctx, workspaces }) => checkTechPreviewSetup(snapshot, ctx, workspaces),
});
