import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkRootOnHost } from './rule';

export const rootOnHost = defineCheck({
  id: 'root-on-host',
  group: 'workspaces',
  scope: 'checluster',
  gate: 'none',
  audit: true,
  reasons,
  remedies: ['show-pod-security'],
  text,
  run: ({ snapshot, workspaces, rootPods }) => checkRootOnHost(snapshot, workspaces, rootPods),
});
