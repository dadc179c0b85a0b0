/**
 * runtime-class: a CheCluster that sets spec.devEnvironments.runtimeClassName sends every workspace
 * pod to that RuntimeClass's handler. Nested containers need the handler to honour
 * `hostUsers: false` and the CRI-O devices annotation; the default crun handler does, others
 * (kata, gVisor, a custom crun/runc handler) may not, and the plugin cannot read node config.
 */
import type { CheckResult } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import { at, str } from '../../guards';
import { cheClusterRef } from '../../refs';
import * as fix from './remedies';
import { result } from '../../resultBuilders';
import { CRIO_DEVICES_ANNOTATION } from '../../../models/cheCluster';

export const checkRuntimeClass = (ctx: CheClusterContext): CheckResult => {
  const id = 'runtime-class';
  const name = str(at(ctx.cheCluster, 'spec', 'devEnvironments', 'runtimeClassName'));
  if (name === undefined || name === '') return result(id, 'pass', 'runtime-class-unset', {});
  return result(
    id,
    'warn',
    'runtime-class-set',
    { name },
    {
      object: cheClusterRef(ctx.namespace, ctx.name),
      field: 'spec.devEnvironments.runtimeClassName',
      details: [
        { key: 'spec.devEnvironments.runtimeClassName', actual: name },
        { key: 'runtimeClass.devicesAnnotation', actual: CRIO_DEVICES_ANNOTATION },
      ],
      remedies: [fix.showRuntimeClass(name)],
    },
  );
};
