/** Test-only: the real payloads and schemas in /reference (vendored), parsed once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { ClusterRole } from '../../models/clusterRole';
import type { CustomResourceDefinition } from '../../models/customResourceDefinition';
import type { DevWorkspaceOperatorConfig } from '../../models/devWorkspaceOperatorConfig';
import type { FeatureGate } from '../../models/featureGate';
import type { SecurityContextConstraints } from '../../models/securityContextConstraints';

const dir = join(__dirname, '../../../reference');
const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
const once = <T>(load: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= load());
};

/** The CheCluster CRD from che-operator (v1 and v2 schemas). */
export const cheClusterCrd = once(
  () => parse(read('crds/org.eclipse.che_checlusters.yaml')) as CustomResourceDefinition,
);

/** The FeatureGate `cluster` a default 4.20 cluster reports (its only entry has version ""). */
export const featureGate420 = once(
  () => parse(read('openshift-4.20/featureGate-SelfManagedHA-Default.yaml')) as FeatureGate,
);

/** The SCC che-operator creates for flavor `che` (hand-transcribed). */
export const derivedRunScc = once(
  () => parse(read('derived/che-container-run-scc.derived.yaml')) as SecurityContextConstraints,
);

/** The DWOC che-operator writes when the feature is on (hand-transcribed). */
export const derivedDwoc = once(
  () =>
    parse(
      read('derived/devworkspace-config-container-run.derived.yaml'),
    ) as DevWorkspaceOperatorConfig,
);

/** The user ClusterRole (first document of the RBAC file). */
export const derivedUserClusterRole = once(
  () =>
    parseAllDocuments(read('derived/che-container-run-rbac.derived.yaml'))[0].toJS() as ClusterRole,
);

/** Every document of the RBAC file: user ClusterRole, DWO ClusterRole, its binding, a user RoleBinding. */
export const derivedRbac = once(() =>
  parseAllDocuments(read('derived/che-container-run-rbac.derived.yaml')).map(
    (d) => d.toJS() as unknown,
  ),
);

/** The DevWorkspaceOperatorConfig CRD from devfile/devworkspace-operator (declares config.workspace.hostUsers). */
export const dwocCrd = once(
  () =>
    parse(
      read('crds/controller.devfile.io_devworkspaceoperatorconfigs.yaml'),
    ) as CustomResourceDefinition,
);
