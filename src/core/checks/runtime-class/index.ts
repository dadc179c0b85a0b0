import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkRuntimeClass } from './rule';

export const runtimeClass = defineCheck({
  id: 'runtime-class',
  group: 'devspaces',
  scope: 'checluster',
  gate: 'none',
  reasons,
  remedies: ['show-runtime-class'],
  text,
  run: ({ ctx }) => checkRuntimeClass(ctx),
});
