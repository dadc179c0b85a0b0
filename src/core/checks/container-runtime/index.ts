import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkContainerRuntime } from './rule';

export const containerRuntime = defineCheck({
  id: 'container-runtime',
  group: 'platform',
  scope: 'cluster',
  gate: 'none',
  reasons,
  remedies: [
    'delete-container-runtime-config',
    'container-runtime-crun',
    'show-runc-overrides',
    'delete-runc-override',
    'show-node-runtime',
  ],
  text,
  run: ({ snapshot }) => checkContainerRuntime(snapshot),
});
