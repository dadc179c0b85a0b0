/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';
export { listOperatorCsvs } from '../../remedies';

export const showCheClusterCrdField = (): Remedy =>
  oc(
    'show-crd-field',
    `oc get crd checlusters.org.eclipse.che -o jsonpath='{.spec.versions[?(@.name=="v2")].schema.openAPIV3Schema.properties.spec.properties.devEnvironments.properties.disableContainerRunCapabilities}'`,
  );
