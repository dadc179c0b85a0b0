import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkRunScc } from './rule';

export const runScc = defineCheck({
  id: 'run-scc',
  group: 'devspaces',
  scope: 'checluster',
  gate: 'fail',
  reasons,
  remedies: ['recreate-managed-scc', 'patch-scc', 'scc-expected'],
  text,
  run: ({ snapshot, ctx }) => checkRunScc(snapshot, ctx),
});
