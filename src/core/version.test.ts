import { describe, expect, it } from 'vitest';
import {
  clusterVersionFacts,
  isAtLeastMinor,
  meetsMinimum,
  parseOpenShiftVersion,
} from './version';
import { clusterVersion } from './testing/builders';

describe('parseOpenShiftVersion', () => {
  it.each([
    ['4.20.3', 4, 20, 3, []],
    ['4.21.0-rc.2', 4, 21, 0, ['rc', 2]],
    ['4.20.0-ec.4', 4, 20, 0, ['ec', 4]],
    ['4.22.0-0.nightly-2026-05-01-123456', 4, 22, 0, [0, 'nightly-2026-05-01-123456']],
    ['4.20.0-0.ci-2026-05-01-010203', 4, 20, 0, [0, 'ci-2026-05-01-010203']],
    ['4.20.0-okd-scos.1', 4, 20, 0, ['okd-scos', 1]],
    ['4.19.0-0.okd-2025-03-07-191843', 4, 19, 0, [0, 'okd-2025-03-07-191843']],
    ['v4.20.1', 4, 20, 1, []],
    ['4.20', 4, 20, 0, []],
  ])('%s', (raw, major, minor, patch, prerelease) => {
    expect(parseOpenShiftVersion(raw)).toMatchObject({ major, minor, patch, prerelease });
  });

  it.each([[''], ['garbage'], ['5'], ['latest'], [null], [42], [{}]])('rejects %j', (raw) => {
    expect(parseOpenShiftVersion(raw)).toBeNull();
  });
});

describe('meetsMinimum (4.20, prereleases of 4.20 included)', () => {
  it.each([
    ['4.20.0', true],
    ['4.20.0-ec.1', true],
    ['4.20.0-rc.0', true],
    ['4.20.0-0.nightly-2025-06-01-000000', true],
    ['4.20.0-okd-scos.ec.2', true],
    ['4.21.5', true],
    ['5.0.0', true],
    ['4.19.17', false],
    ['4.19.0-0.okd-2025-03-07-191843', false],
    ['4.18.0-okd-scos.1', false],
    ['4.2.0', false],
  ])('%s -> %s', (raw, ok) => {
    expect(meetsMinimum(parseOpenShiftVersion(raw)!)).toBe(ok);
  });

  it('compares minors numerically, prereleases of the minor included', () => {
    expect(
      isAtLeastMinor(parseOpenShiftVersion('4.22.0-0.nightly-2026-05-01-123456')!, '4.22'),
    ).toBe(true);
    expect(isAtLeastMinor(parseOpenShiftVersion('4.21.9')!, '4.22')).toBe(false);
  });
});

describe('clusterVersionFacts', () => {
  it('takes the newest Completed entry, not the desired version', () => {
    expect(clusterVersionFacts(clusterVersion('4.19.9', '4.20.2'))).toEqual({
      current: '4.19.9',
      desired: '4.20.2',
      upgrading: true,
    });
  });

  it('has no current version while the first install is partial', () => {
    const facts = clusterVersionFacts({
      status: {
        desired: { version: '4.20.1' },
        history: [{ state: 'Partial', version: '4.20.1' }],
      },
    });
    expect(facts).toEqual({ current: undefined, desired: '4.20.1', upgrading: false });
  });

  it('survives malformed objects', () => {
    expect(clusterVersionFacts({ status: { history: 'x' } })).toEqual({
      current: undefined,
      desired: undefined,
      upgrading: false,
    });
    expect(clusterVersionFacts(null).upgrading).toBe(false);
  });
});
