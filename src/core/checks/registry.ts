/**
 * The one registry of checks: the checklist shows them in this order. Each check is one folder
 * (`<id>/`: its rule, reasons, remedies, words and tests) exporting its definition; the ids, the
 * reason and remedy codes, the groups, the gating and the evaluator's wiring all follow from this
 * list. How to add one: ARCHITECTURE.md.
 */
import type { CheckDefinition, ReasonSentence } from './definition';
import type { Translate } from '../translate';
import { GENERIC_REASONS } from './sharedReasons';
import { SHARED_REMEDY_CODES } from '../remedyCodes';
import type { RemedyCode } from '../remedyCodes';
import { openshiftApis } from './openshift-apis';
import { clusterVersion } from './cluster-version';
import { featureGates } from './feature-gates';
import { featureSet } from './feature-set';
import { containerRuntime } from './container-runtime';
import { workspaceNodes } from './workspace-nodes';
import { devspacesInstalled } from './devspaces-installed';
import { operatorSupport } from './operator-support';
import { devworkspaceOperator } from './devworkspace-operator';
import { devspacesPhase } from './devspaces-phase';
import { runScc } from './run-scc';
import { sccRbac } from './scc-rbac';
import { workspaceConfig } from './workspace-config';
import { containerRunSettings } from './container-run-settings';
import { runtimeClass } from './runtime-class';
import { techPreviewSetup } from './tech-preview-setup';
import { legacyWorkspaces } from './legacy-workspaces';
import { workspaceImages } from './workspace-images';
import { workspaceUserNamespaces } from './workspace-user-namespaces';
import { workspacePodConfig } from './workspace-pod-config';
import { kubedockWorkspaces } from './kubedock-workspaces';
import { rootOnHost } from './root-on-host';

export const CHECKS = [
  openshiftApis,
  clusterVersion,
  featureGates,
  featureSet,
  containerRuntime,
  workspaceNodes,
  devspacesInstalled,
  operatorSupport,
  devworkspaceOperator,
  devspacesPhase,
  runScc,
  sccRbac,
  workspaceConfig,
  containerRunSettings,
  runtimeClass,
  techPreviewSetup,
  legacyWorkspaces,
  workspaceImages,
  workspaceUserNamespaces,
  workspacePodConfig,
  kubedockWorkspaces,
  rootOnHost,
] as const;

/** Any one check's definition, with the literal types of its id, reasons and remedies. */
export type AnyCheck = (typeof CHECKS)[number];
/** The registry as plain definitions, for code that treats every check alike. */
const DEFINITIONS: readonly CheckDefinition[] = CHECKS;

type Id = AnyCheck['id'];
const idsWhere = (keep: (check: CheckDefinition) => boolean): readonly Id[] =>
  DEFINITIONS.filter(keep).map((c) => c.id as Id);

/** Every check, in checklist order. */
export const ALL_CHECKS: readonly Id[] = idsWhere(() => true);
export const PLATFORM_CHECKS = idsWhere((c) => c.group === 'platform');
export const DEVSPACES_CHECKS = idsWhere((c) => c.group === 'devspaces');
export const WORKSPACE_CHECKS = idsWhere((c) => c.group === 'workspaces');
export const AUDIT_CHECKS: ReadonlySet<Id> = new Set(idsWhere((c) => c.audit === true));

const BY_ID = new Map<string, CheckDefinition>(DEFINITIONS.map((c) => [c.id, c]));
export const checkDefinition = (id: Id): CheckDefinition => BY_ID.get(id)!;

/** Every reason code with its parameter names: the generic ones and each check's own. */
export const REASONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries([
  ...Object.entries(GENERIC_REASONS),
  ...DEFINITIONS.flatMap((c) => Object.entries(c.reasons)),
]);

/** The sentence for a check's own reason (a code is declared by one check, or shared and worded once). */
const SENTENCES = new Map<string, ReasonSentence<string>>(
  DEFINITIONS.flatMap((c) =>
    Object.entries(c.text.reasons as Record<string, ReasonSentence<string>>),
  ),
);
export const reasonSentence = (code: string): ReasonSentence<string> | undefined =>
  SENTENCES.get(code);

/** Every remedy code: the shared ones and each check's own. */
export const ALL_REMEDY_CODES: readonly RemedyCode[] = [
  ...SHARED_REMEDY_CODES,
  ...CHECKS.flatMap((c) => c.remedies),
];

type Line = (t: Translate) => string;
const REMEDY_LINES = new Map<string, Line>(
  DEFINITIONS.flatMap((c) => Object.entries(c.text.remedies as Record<string, Line>)),
);
/** The explanation of a remedy one check offers. */
export const remedyLine = (code: string): Line | undefined => REMEDY_LINES.get(code);

const DETAIL_LABELS = new Map<string, Line>(
  DEFINITIONS.flatMap((c) => Object.entries(c.text.details ?? {})),
);
/** The label of a detail one check reports. */
export const detailLine = (key: string): Line | undefined => DETAIL_LABELS.get(key);
