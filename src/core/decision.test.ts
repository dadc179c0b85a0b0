import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, checkDefinition } from './checks/registry';
import { enableDecision, verdictOf, verdictWaitOf } from './decision';
import { cheClusterContext } from './cheClusterContext';
import type { ReasonCode } from './reasons';
import type { CheckId, CheckResult, CheckStatus } from './results';
import { cheCluster } from './testing/builders';

const ctx = cheClusterContext(cheCluster(), [], 0, 60_000);
const passing = (id: CheckId): CheckResult => ({
  id,
  status: 'pass',
  reason: 'phase-active',
  params: {},
  details: [],
  remedies: [],
});
/** Every check passes but `id`, which has this status and reason. */
const withOne = (id: CheckId, status: CheckStatus, reason: ReasonCode) =>
  enableDecision(
    ctx,
    ALL_CHECKS.map((c) => (c === id ? { ...passing(c), status, reason } : passing(c))),
    'disabled',
  );

const gates = ALL_CHECKS.filter((id) => checkDefinition(id).gate !== 'none');
const entry = (check: CheckId, reason: ReasonCode) => ({ check, reason });

describe('enableDecision, for every gate of the registry', () => {
  it.each(gates)('%s unreadable (403): allowed only past the confirmation that names it', (id) => {
    const d = withOne(id, 'unknown', 'forbidden');
    expect(d.allowed).toBe(true);
    expect(d.unverified).toEqual([entry(id, 'forbidden')]);
    expect(d.warnings).toEqual([]);
  });

  it.each(gates)('%s still loading: the switch waits', (id) => {
    const d = withOne(id, 'unknown', 'loading');
    expect(d.allowed).toBe(false);
    expect(d.blockers).toEqual([entry(id, 'loading')]);
    expect(d.unverified).toEqual([]);
  });

  it.each(gates)('%s failing: blocked', (id) => {
    const d = withOne(id, 'fail', 'read-error');
    expect(d.allowed).toBe(false);
    expect(d.blockers).toEqual([entry(id, 'read-error')]);
  });

  it.each(gates)('%s could not tell for another reason: by its gate', (id) => {
    const d = withOne(id, 'unknown', 'read-error');
    if (checkDefinition(id).gate === 'fail-or-unknown') {
      expect(d.blockers).toEqual([entry(id, 'read-error')]);
    } else {
      expect(d.allowed).toBe(true);
      expect(d.unverified).toEqual([entry(id, 'read-error')]);
    }
  });

  it('a check that does not gate is a warning on the confirmation, never unverified', () => {
    const free = ALL_CHECKS.find((id) => checkDefinition(id).gate === 'none')!;
    const d = withOne(free, 'unknown', 'forbidden');
    expect(d.allowed).toBe(true);
    expect(d.unverified).toEqual([]);
    expect(d.warnings).toEqual([entry(free, 'forbidden')]);
  });

  it('every gate read: nothing unverified', () => {
    expect(enableDecision(ctx, ALL_CHECKS.map(passing), 'disabled').unverified).toEqual([]);
  });
});

describe('verdictWaitOf', () => {
  const all = (unknown: Partial<Record<CheckId, ReasonCode>>, failing?: CheckId) =>
    ALL_CHECKS.map((c): CheckResult => {
      const reason = unknown[c];
      if (reason) return { ...passing(c), status: 'unknown', reason };
      if (c === failing) return { ...passing(c), status: 'fail', reason: 'phase-active' };
      return passing(c);
    });
  const waitOf = (checks: CheckResult[]) => verdictWaitOf(verdictOf(checks), checks);

  it('waits for reads when every unknown check only waits for its read', () => {
    const checks = all({ 'feature-gates': 'loading' });
    expect(verdictOf(checks)).toBe('unknown');
    expect(waitOf(checks)).toBe('reads');
  });

  it('waits for the operator when a switch just changed and its objects are not there yet', () => {
    expect(waitOf(all({ 'run-scc': 'reconciling', 'scc-rbac': 'reconciling' }))).toBe('operator');
    // Reads still out beside it: the operator's wait is the longer one.
    expect(waitOf(all({ 'run-scc': 'reconciling', 'feature-gates': 'loading' }))).toBe('operator');
  });

  it('waits for nothing when a read was refused or failed, or when nothing is unknown', () => {
    for (const reason of ['forbidden', 'read-error'] as const) {
      expect(waitOf(all({ 'feature-gates': reason }))).toBeNull();
      expect(waitOf(all({ 'feature-gates': reason, 'run-scc': 'reconciling' }))).toBeNull();
    }
    expect(waitOf(all({}, 'feature-gates'))).toBeNull();
    // A known failure wins over a reconcile: the verdict is not-ready, not waiting.
    expect(waitOf(all({ 'run-scc': 'reconciling' }, 'feature-gates'))).toBeNull();
  });
});
