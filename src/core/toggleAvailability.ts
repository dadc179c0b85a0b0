/**
 * Whether the switch can be used now, and if not, the first reason why, in the order an
 * administrator would fix them: the object is not loaded, permissions are still being checked,
 * the user may not patch it, the readiness checks block the change. Gates that could not be read
 * leave it available, but only past a confirmation that names them.
 */
import type { ToggleDecision } from './results';

export type ToggleAvailability =
  /** `unverified`: gates that could not be read; the dialog asks to confirm past them. */
  | { kind: 'available'; unverified: ToggleDecision['unverified'] }
  | { kind: 'not-loaded' }
  | { kind: 'checking-access' }
  | { kind: 'not-permitted' }
  | { kind: 'blocked'; blockers: ToggleDecision['blockers'] };

export const toggleAvailability = (input: {
  loaded: boolean;
  accessLoading: boolean;
  canPatch: boolean;
  decision: ToggleDecision;
}): ToggleAvailability => {
  if (!input.loaded) return { kind: 'not-loaded' };
  if (input.accessLoading) return { kind: 'checking-access' };
  if (!input.canPatch) return { kind: 'not-permitted' };
  if (!input.decision.allowed) return { kind: 'blocked', blockers: input.decision.blockers };
  return { kind: 'available', unverified: input.decision.unverified ?? [] };
};
