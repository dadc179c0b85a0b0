/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';

export const showRuntimeClass = (name: string): Remedy =>
  oc('show-runtime-class', `oc get runtimeclass ${name} -o yaml`);
