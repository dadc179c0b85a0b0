/**
 * Property: version.ts parses and orders versions exactly as semver does (semver is the oracle here,
 * a dev dependency; the bundle carries version.ts instead, see its header). The strings are the
 * shapes OpenShift, OKD and operators write: `major.minor[.patch]`, an optional `v`, prerelease
 * identifiers such as `rc.2`, `0.nightly-2026-05-01-123456` or `okd-scos.1`, optional build metadata.
 */
import fc from 'fast-check';
import coerce from 'semver/functions/coerce';
import compare from 'semver/functions/compare';
import gte from 'semver/functions/gte';
import parse from 'semver/functions/parse';
import { describe, expect, it } from 'vitest';
import { compareVersions, isAtLeastMinor, meetsMinimum, parseOpenShiftVersion } from './version';

const identifier = fc.oneof(
  fc.nat({ max: 30 }).map(String),
  fc.constantFrom('rc', 'ec', 'okd', 'okd-scos', 'ci', 'nightly-2026-05-01-123456', '0', '-', '1a'),
  // Numeric identifiers with a leading zero (`01`) are not semver, and not written by OpenShift.
  fc.stringMatching(/^[0-9A-Za-z-]{1,10}$/).filter((id) => !/^0\d+$/.test(id)),
);
const dotted = fc.array(identifier, { minLength: 1, maxLength: 4 }).map((ids) => ids.join('.'));
const versionString = fc
  .record({
    v: fc.boolean(),
    major: fc.nat({ max: 6 }),
    minor: fc.nat({ max: 30 }),
    patch: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
    prerelease: fc.option(dotted, { nil: undefined }),
    build: fc.option(dotted, { nil: undefined }),
  })
  .map(
    ({ v, major, minor, patch, prerelease, build }) =>
      `${v ? 'v' : ''}${major}.${minor}${patch === undefined ? '' : `.${patch}`}` +
      `${prerelease ? `-${prerelease}` : ''}${build ? `+${build}` : ''}`,
  );

// What version.ts replaced: semver's loose parse, then coerce for `4.20`-like strings.
const oracle = (raw: string) =>
  parse(raw, { loose: true }) ?? coerce(raw, { includePrerelease: true });

describe('version.ts against semver', () => {
  it('parses the same major, minor, patch and prerelease', () => {
    fc.assert(
      fc.property(versionString, (raw) => {
        const expected = oracle(raw);
        expect(expected).not.toBeNull();
        expect(parseOpenShiftVersion(raw)).toMatchObject({
          major: expected!.major,
          minor: expected!.minor,
          patch: expected!.patch,
          prerelease: expected!.prerelease,
        });
      }),
    );
  });

  it('orders any two versions as semver precedence does', () => {
    fc.assert(
      fc.property(versionString, versionString, (a, b) => {
        const ours = compareVersions(parseOpenShiftVersion(a)!, parseOpenShiftVersion(b)!);
        expect(Math.sign(ours)).toBe(compare(oracle(a)!, oracle(b)!));
      }),
    );
  });

  it('says "at least major.minor" as gte(v, "major.minor.0-0") does', () => {
    fc.assert(
      fc.property(versionString, fc.nat({ max: 6 }), fc.nat({ max: 30 }), (raw, major, minor) => {
        const v = parseOpenShiftVersion(raw)!;
        expect(isAtLeastMinor(v, `${major}.${minor}`)).toBe(
          gte(oracle(raw)!, `${major}.${minor}.0-0`),
        );
        expect(meetsMinimum(v)).toBe(gte(oracle(raw)!, '4.20.0-0'));
      }),
    );
  });
});
