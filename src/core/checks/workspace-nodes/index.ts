// Cluster-wide: the operator allows one CheCluster per cluster, and the check reads the node
// selector of every CheCluster in the snapshot itself.
import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkWorkspaceNodes } from './rule';

export const workspaceNodes = defineCheck({
  id: 'workspace-nodes',
  group: 'platform',
  scope: 'cluster',
  gate: 'fail-or-unknown',
  reasons,
  remedies: ['unpause-pool', 'show-pools', 'show-node-versions'],
  text,
  run: ({ snapshot }) => checkWorkspaceNodes(snapshot),
});
