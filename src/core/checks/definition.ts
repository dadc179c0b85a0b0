/**
 * What one check is, in one object: its place in the checklist, how it gates the switch, the
 * reason codes and remedies it may return, its words, and its rule. Each check's folder exports one
 * (`<id>/index.ts`); the registry lists them. The types tie the parts together, so `tsc` names a
 * reason without a sentence, a remedy without its explanation, or a code the check never declared.
 */
import type { CheckGroup } from '../checkIds';
import type { CheckResult, ParamValue, LegacyWorkspace, RootOnHostPod } from '../results';
import type { ClusterSnapshot } from '../snapshot';
import type { CheClusterContext } from '../cheClusterContext';
import type { Translate } from '../translate';
import type { VersionFacts } from '../version';
import type { WorkspaceBucket } from '../workspaceIndex';
import type { SharedReasonCode } from './sharedReasons';

/** Reason codes and the names of the parameters each carries. */
export type ReasonSpecs = Readonly<Record<string, readonly string[]>>;

/** What a cluster-wide check reads. */
export interface ClusterInput {
  snapshot: ClusterSnapshot;
  version: VersionFacts;
}

/** What a per-CheCluster check reads: the cluster input, its CheCluster and its workspaces. */
export interface CheClusterInput extends ClusterInput {
  ctx: CheClusterContext;
  workspaces: WorkspaceBucket;
  /** Workspaces recorded with another SCC than the run SCC. */
  legacy: LegacyWorkspace[];
  /** Workspaces with no recorded SCC (the dashboard adds it when it starts them). */
  unrecorded: LegacyWorkspace[];
  rootPods: RootOnHostPod[];
}

/**
 * How a check's result limits turning the feature on: `fail-or-unknown` blocks until the check
 * is known to pass or warn (the platform prerequisites), `fail` blocks only on a known failure.
 */
export type EnableGate = 'fail-or-unknown' | 'fail' | 'none';

/**
 * One sentence for a reason: `p` holds the parameters as display text (lists cut to a few names),
 * `raw` the values themselves, for sentences that depend on them (an empty list, say).
 */
export type ReasonSentence<P extends string> = (
  t: Translate,
  p: Record<P, string>,
  raw: Record<P, ParamValue>,
) => string;

/** A check's words. Keys are literal `t()` calls, so the catalog generator collects them. */
export interface CheckText<R extends ReasonSpecs, M extends string> {
  /** The short name the checklist shows. */
  title: (t: Translate) => string;
  /** One sentence per reason the check declares (the shared ones are worded once, elsewhere). */
  reasons: { [K in Exclude<keyof R & string, SharedReasonCode>]: ReasonSentence<R[K][number]> };
  /** One line per remedy the check declares, saying what it does. */
  remedies: { [K in M]: (t: Translate) => string };
  /**
   * Labels for the details that are counts or facts rather than object fields (field paths are
   * shown as they are: they are what an administrator finds in the YAML).
   */
  details?: Readonly<Record<string, (t: Translate) => string>>;
}

interface DefinitionBase<Id extends string, R extends ReasonSpecs, M extends string> {
  /** Part of the public contract: `data-test="check-<id>"`. */
  id: Id;
  group: CheckGroup;
  gate: EnableGate;
  /**
   * An audit finding (root on the node) is shown with its status but does not decide whether the
   * cluster is ready for nested containers: it is true or false whatever the switch says.
   */
  audit?: boolean;
  reasons: R;
  /** The codes of the remedies only this check offers (`remedies.ts` in its folder). */
  remedies: readonly M[];
  text: CheckText<R, M>;
}

export type CheckDefinition<
  Id extends string = string,
  R extends ReasonSpecs = ReasonSpecs,
  M extends string = string,
> = DefinitionBase<Id, R, M> &
  (
    | { scope: 'cluster'; run: (input: ClusterInput) => CheckResult }
    | { scope: 'checluster'; run: (input: CheClusterInput) => CheckResult }
  );

/** Keeps the literal types of a check's id, reasons and remedy codes (the registry derives from them). */
export const defineCheck = <
  const Id extends string,
  const R extends ReasonSpecs,
  const M extends string = never,
>(
  definition: CheckDefinition<Id, R, M>,
): CheckDefinition<Id, R, M> => definition;
