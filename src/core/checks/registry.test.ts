import { readdirSync, statSync } from 'node:fs';
import { expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import type { ClusterSnapshot } from '../snapshot';
import { offSnapshot } from '../testing/builders';
import { SHARED_REMEDY_CODES } from '../remedyCodes';
import { ALL_CHECKS, CHECKS } from './registry';
import { FEATURE_OFF, GENERIC_REASONS, RECONCILING } from './sharedReasons';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

it('returns every check in order', () => {
  const report = run({});
  expect(report.checks.map((c) => c.id)).toEqual(ALL_CHECKS);
  expect(report.cheClusterReports[0].checks.map((c) => c.id)).toEqual(ALL_CHECKS);
});

it('lists every check folder once, each named after its id', () => {
  const here = new URL('.', import.meta.url);
  const folders = readdirSync(here).filter((f) => statSync(new URL(f, here)).isDirectory());
  expect([...ALL_CHECKS].sort()).toEqual(folders.sort());
});

it('declares each own reason and remedy code in one check only', () => {
  const shared = new Set([
    ...Object.keys(GENERIC_REASONS),
    ...Object.keys(FEATURE_OFF),
    ...Object.keys(RECONCILING),
  ]);
  const owners = new Map<string, string[]>();
  for (const c of CHECKS) {
    for (const code of Object.keys(c.reasons))
      if (!shared.has(code)) owners.set(code, [...(owners.get(code) ?? []), c.id]);
    for (const code of c.remedies) owners.set(code, [...(owners.get(code) ?? []), c.id]);
  }
  expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  expect(SHARED_REMEDY_CODES.filter((code) => owners.has(code))).toEqual([]);
  expect(CHECKS.filter((c) => Object.keys(GENERIC_REASONS).some((g) => g in c.reasons))).toEqual(
    [],
  );
});
