/**
 * The commands and YAML an administrator runs to fix a finding. These are the only literal texts
 * the core produces: they are code, not prose, so they are not translated.
 */
import type { RemedyCode } from './remedyCodes';
import type { OcRemedy, Remedy } from './results';

export const oc = (code: RemedyCode, text: string): OcRemedy => ({ kind: 'oc', code, text });
export const yaml = (code: RemedyCode, value: unknown): Remedy => ({ kind: 'yaml', code, value });

/** Single-quoted for a POSIX shell. */
export const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export const enableFeature = (namespace: string, name: string): OcRemedy =>
  oc(
    'enable-feature',
    `oc patch checluster/${name} -n ${namespace} --type=merge -p '{"spec":{"devEnvironments":{"disableContainerRunCapabilities":false}}}'`,
  );

export const disableFeature = (namespace: string, name: string): OcRemedy =>
  oc(
    'disable-feature',
    `oc patch checluster/${name} -n ${namespace} --type=merge -p '{"spec":{"devEnvironments":{"disableContainerRunCapabilities":true}}}'`,
  );

export const showFeatureGates = (): Remedy =>
  oc('show-feature-gates', 'oc get featuregate cluster -o yaml');

export const showCheClusterStatus = (namespace: string, name: string): Remedy =>
  oc('show-checluster-status', `oc get checluster/${name} -n ${namespace} -o jsonpath='{.status}'`);

/**
 * The operator's log, where che-operator (7.111+) sends the cause of a failed reconcile. OLM
 * installs the Dev Spaces and the Eclipse Che operator in openshift-operators (AllNamespaces), as
 * the Deployment `<flavor>-operator`.
 */
export const operatorLogs = (flavor: string): Remedy =>
  oc('operator-logs', `oc logs -n openshift-operators deployment/${flavor}-operator --tail=200`);

export const listOperatorCsvs = (): Remedy =>
  oc('list-operator-csvs', 'oc get csv -A | grep -E "devspaces|eclipse-che"');

export const showScc = (name: string): Remedy => oc('show-scc', `oc get scc ${name} -o yaml`);

export const listWorkspacePodsUserns = (): Remedy =>
  oc(
    'list-workspace-pods-userns',
    `oc get pods -A -l controller.devfile.io/devworkspace_id -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,HOSTUSERS:.spec.hostUsers,SCC:.metadata.annotations.openshift\\.io/scc'`,
  );
