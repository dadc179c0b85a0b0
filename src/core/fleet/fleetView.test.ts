import { describe, expect, it } from 'vitest';
import type { FleetRow } from './fleetRow';
import { DEFAULT_VIEW, minorsOf, viewRows } from './fleetView';

const row = (cluster: string, over: Partial<FleetRow>): FleetRow => ({
  cluster,
  hub: false,
  state: 'disabled',
  verdict: 'ready',
  answer: { kind: 'reading' },
  problems: [],
  ...over,
});

const ROWS = [
  row('east', { verdict: 'ready', openshiftVersion: '4.20.3', instances: 1 }),
  row('west', { verdict: 'not-ready', openshiftVersion: '4.19.17', instances: 1 }),
  row('lab', { verdict: 'unknown', state: '', instances: undefined }),
  row('prod-2', { verdict: 'ready', state: 'enabled', openshiftVersion: '4.22.0', instances: 2 }),
  row('prod-10', { verdict: 'unavailable', state: '', openshiftVersion: '4.20.1', instances: 0 }),
];
const names = (rows: FleetRow[]) => rows.map((r) => r.cluster);

describe('viewRows', () => {
  it('puts the worst verdicts first by default, ties by name', () => {
    expect(names(viewRows(ROWS, DEFAULT_VIEW))).toEqual([
      'prod-10',
      'west',
      'lab',
      'east',
      'prod-2',
    ]);
  });

  it('filters by verdict, state, minor version and name', () => {
    expect(names(viewRows(ROWS, { ...DEFAULT_VIEW, verdict: 'ready' }))).toEqual([
      'east',
      'prod-2',
    ]);
    expect(names(viewRows(ROWS, { ...DEFAULT_VIEW, state: 'enabled' }))).toEqual(['prod-2']);
    expect(names(viewRows(ROWS, { ...DEFAULT_VIEW, state: 'none' }))).toEqual(['prod-10', 'lab']);
    expect(names(viewRows(ROWS, { ...DEFAULT_VIEW, version: '4.20' }))).toEqual([
      'prod-10',
      'east',
    ]);
    expect(names(viewRows(ROWS, { ...DEFAULT_VIEW, search: ' PROD' }))).toEqual([
      'prod-10',
      'prod-2',
    ]);
  });

  it('sorts versions as versions, not as text', () => {
    const asc = viewRows(ROWS, { ...DEFAULT_VIEW, sort: 'version', direction: 'asc' });
    expect(names(asc)).toEqual(['lab', 'west', 'prod-10', 'east', 'prod-2']);
    expect(minorsOf(ROWS)).toEqual(['4.22', '4.20', '4.19']);
  });
});
