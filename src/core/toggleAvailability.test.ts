import { describe, expect, it } from 'vitest';
import type { ToggleDecision } from './results';
import { toggleAvailability } from './toggleAvailability';

const allowed: ToggleDecision = { allowed: true, blockers: [], warnings: [], unverified: [] };
const blocked: ToggleDecision = {
  allowed: false,
  blockers: [{ check: 'cluster-version', reason: 'version-too-old' }],
  warnings: [],
  unverified: [],
};
const ready = { loaded: true, accessLoading: false, canPatch: true, decision: allowed };

describe('toggleAvailability', () => {
  it('is available when loaded, permitted and allowed by the checks', () => {
    expect(toggleAvailability(ready)).toEqual({ kind: 'available', unverified: [] });
  });

  it('names the first thing to fix, in order', () => {
    const all = { loaded: false, accessLoading: true, canPatch: false, decision: blocked };
    expect(toggleAvailability(all).kind).toBe('not-loaded');
    expect(toggleAvailability({ ...all, loaded: true }).kind).toBe('checking-access');
    expect(toggleAvailability({ ...all, loaded: true, accessLoading: false }).kind).toBe(
      'not-permitted',
    );
    expect(toggleAvailability({ ...ready, decision: blocked })).toEqual({
      kind: 'blocked',
      blockers: blocked.blockers,
    });
  });

  it('stays available past unreadable gates, and says which ones the dialog must name', () => {
    const unverified = [{ check: 'run-scc', reason: 'forbidden' }] as ToggleDecision['unverified'];
    expect(toggleAvailability({ ...ready, decision: { ...allowed, unverified } })).toEqual({
      kind: 'available',
      unverified,
    });
  });
});
