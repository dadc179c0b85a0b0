/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';

export const listDwoCsvs = (): Remedy =>
  oc(
    'list-dwo-csvs',
    `oc get csv -n openshift-operators -o custom-columns='NAME:.metadata.name,VERSION:.spec.version,PHASE:.status.phase' | grep -E 'NAME|devworkspace-operator'`,
  );

export const showDwocCrdField = (): Remedy =>
  oc(
    'show-dwoc-crd-field',
    `oc get crd devworkspaceoperatorconfigs.controller.devfile.io -o jsonpath='{.spec.versions[?(@.name=="v1alpha1")].schema.openAPIV3Schema.properties.config.properties.workspace.properties.hostUsers}'`,
  );
