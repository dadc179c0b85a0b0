import type { RemedyCode } from './remedyCodes';
import type { CheckId, CheckStatus } from './checkIds';
import type { ParamValue, ReasonCode } from './reasons';

/**
 * The output of the readiness core. Results carry reason codes and parameters, never display
 * strings: the UI translates them.
 */

export type { CheckId, CheckStatus } from './checkIds';

export type { ParamValue } from './reasons';
export type ReasonParams = Record<string, ParamValue>;

/** One fact that proves a result: e.g. the SCC field found against the one expected. */
export interface CheckDetail {
  /** Stable key naming the fact (e.g. `scc.userNamespaceLevel`, `version.current`). */
  key: string;
  actual: ParamValue;
  expected?: ParamValue;
  ok?: boolean;
}

/**
 * What the administrator can run or apply to fix a warning or failure: a command, or an object to
 * apply. The object stays data here; it becomes YAML only where it is shown (`core/remedyYaml.ts`),
 * so the YAML library loads with the remedies, not with the page.
 */
export type Remedy = OcRemedy | YamlRemedy;
export interface OcRemedy {
  kind: 'oc';
  /** Stable code the UI translates into a one-line explanation. */
  code: RemedyCode;
  text: string;
}
export interface YamlRemedy {
  kind: 'yaml';
  code: RemedyCode;
  value: unknown;
}

export interface ObjectRef {
  group: string;
  version: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** Stable machine-readable reason (see REASONS). */
  reason: ReasonCode;
  params: ReasonParams;
  details: CheckDetail[];
  /** The object and field the result is about, when there is one. */
  object?: ObjectRef;
  field?: string;
  remedies: Remedy[];
}

export type FeatureState = 'enabled' | 'disabled' | 'enabling' | 'disabling';

export type Verdict =
  /** Every check passes or is n/a. */
  | 'ready'
  /** No blocker, but warnings the administrator should read. */
  | 'ready-with-warnings'
  /** At least one check fails. */
  | 'not-ready'
  /** Not OpenShift, or Dev Spaces not installed: nothing to toggle. */
  | 'unavailable'
  /** Data still loading or unreadable. */
  | 'unknown';

/** What an unknown verdict waits for: reads still out, or the operator catching up with a switch. */
export type VerdictWait = 'reads' | 'operator';

/**
 * Why the switch itself refuses a change, beside the checks' blockers (never a check's result):
 * the feature is already in the requested state, or the CheCluster lacks the
 * name/namespace/resourceVersion a safe patch needs. Filed under devspaces-installed.
 */
export type ToggleReason = 'already-enabled' | 'already-disabled' | 'checluster-unknown';

export interface ToggleDecision {
  allowed: boolean;
  /** Reason codes of the checks that block the change, with their check ids. */
  blockers: { check: CheckId; reason: ReasonCode | ToggleReason }[];
  /**
   * Findings that do not block but the confirmation must show (feature set, runc, legacy
   * workspaces, phase not Active, checks that could not run; when disabling, the workspaces that
   * lose their SCC).
   */
  warnings: { check: CheckId; reason: ReasonCode }[];
  /**
   * Gates that could not be read (a 403, or a gate that only fails on a known failure and could
   * not tell): the change is allowed only after the administrator confirms past them; the dialog
   * names each one with the access that would tell. Never a gate still loading (that blocks).
   */
  unverified: { check: CheckId; reason: ReasonCode }[];
  /** The documented `oc patch` doing the same change, for administrators who prefer the CLI. */
  command?: OcRemedy;
}

/** A workspace named by the legacy-workspaces check (recorded with another SCC, or with none). */
export interface LegacyWorkspace {
  namespace: string;
  name: string;
  creator?: string;
  scc?: string;
  started: boolean;
}

/** A workspace pod that can be root on the node. */
export interface RootOnHostPod {
  namespace: string;
  name: string;
  workspaceId?: string;
  scc?: string;
  /** Why: `runs-as-root`, `allows-privilege-escalation`, `privileged`. */
  reasons: string[];
}

export interface CheClusterRef {
  namespace: string;
  name: string;
  uid?: string;
  resourceVersion?: string;
}

export interface CheClusterReport {
  cheCluster: CheClusterRef;
  flavor: 'devspaces' | 'che';
  /** Run SCC name the CheCluster configures. */
  runScc: string;
  /** Spec says on (`disableContainerRunCapabilities === false`). */
  requestedEnabled: boolean;
  featureState: FeatureState;
  /** Every check, in ALL_CHECKS order, platform ones included. */
  checks: CheckResult[];
  verdict: Verdict;
  /** Set when the verdict is unknown only because it waits (decision.ts verdictWaitOf). */
  verdictWaitsFor: VerdictWait | null;
  enable: ToggleDecision;
  disable: ToggleDecision;
  /** Workspaces recorded with another SCC: they cannot start while the feature is on. */
  legacyWorkspaces: LegacyWorkspace[];
  /** Workspaces with no recorded SCC: they start from the dashboard (it records the SCC), not otherwise. */
  unrecordedWorkspaces: LegacyWorkspace[];
  /** Workspaces created with the run SCC: they cannot start again once the feature is off. */
  runSccWorkspaces: LegacyWorkspace[];
  rootOnHostPods: RootOnHostPod[];
}

export interface ReadinessReport {
  /**
   * Every check in ALL_CHECKS order. Platform checks and `devspaces-installed` are the cluster's;
   * per-CheCluster checks are `na` here when there is no CheCluster, and otherwise summarise the
   * worst CheCluster (each CheCluster report carries its own full list).
   */
  checks: CheckResult[];
  cheClusterReports: CheClusterReport[];
  verdict: Verdict;
  /** Set when the verdict is unknown only because it waits, here or for some CheCluster. */
  verdictWaitsFor: VerdictWait | null;
}
