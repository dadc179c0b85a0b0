import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkSccRbac } from './rule';

export const sccRbac = defineCheck({
  id: 'scc-rbac',
  group: 'devspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: [
    'show-cluster-role',
    'cluster-role-expected',
    'show-cluster-role-binding',
    'cluster-role-binding-expected',
    'list-user-role-bindings',
    'user-role-bindings-expected',
  ],
  text,
  run: ({ snapshot, ctx }) => checkSccRbac(snapshot, ctx),
});
