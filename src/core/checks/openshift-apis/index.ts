import { defineCheck } from '../definition';
import { reasons } from './reasons';
import { text } from './text';
import { checkOpenShiftApis } from './rule';

export const openshiftApis = defineCheck({
  id: 'openshift-apis',
  group: 'platform',
  scope: 'cluster',
  gate: 'fail-or-unknown',
  reasons,
  remedies: [],
  text,
  run: ({ snapshot }) => checkOpenShiftApis(snapshot),
});
