/**
 * OpenShift version strings and the ClusterVersion history: which string is "the current version",
 * its parts, and semver precedence between two of them.
 *
 * Written here rather than imported from `semver`: the checks need a parse and a comparison, and
 * semver's SemVer class loads its whole table of range expressions with it (2.7 KB gzip on 4.22,
 * against a 50 KB page budget). `version.property.test.ts` holds this file to semver itself (a dev
 * dependency): the same parts and the same order for generated OpenShift-style strings.
 */
import { at, dict, isDict, list, str } from './guards';

export interface OpenShiftVersion {
  raw: string;
  major: number;
  minor: number;
  patch: number;
  /** e.g. ['rc', 2], [0, 'nightly-2026-05-01-123456'], ['okd-scos', 1]. */
  prerelease: readonly (string | number)[];
  /** `major.minor`, the unit OpenShift ships features in. */
  minorVersion: string;
}

/** The first OpenShift minor where nested containers are supported. */
export const MINIMUM_VERSION = '4.20';

// semver 2.0.0's grammar: major.minor.patch, dot-separated prerelease and build identifiers. The
// patch may be missing (`4.20`), and a leading `v` is allowed, as semver's loose parse and coerce do.
const IDENTIFIERS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
const VERSION = new RegExp(
  `^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-(${IDENTIFIERS}))?(?:\\+${IDENTIFIERS})?`,
);
const NUMERIC = /^\d+$/;

/**
 * Parses GA (4.20.3), rc/ec (4.21.0-rc.2), nightly/CI (4.22.0-0.nightly-…) and OKD
 * (4.20.0-okd-scos.1, 4.19.0-0.okd-…) strings, and the odd forms `4.20` and `v4.20.1`. A string
 * without at least `major.minor` is not a version. Numeric prerelease identifiers are numbers, as in
 * semver (they order numerically and below any alphanumeric one).
 */
export const parseOpenShiftVersion = (raw: unknown): OpenShiftVersion | null => {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  const m = VERSION.exec(trimmed);
  if (!m) return null;
  const [major, minor, patch] = [m[1], m[2], m[3] ?? '0'].map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return null;
  const prerelease = m[4] ? m[4].split('.').map((id) => (NUMERIC.test(id) ? Number(id) : id)) : [];
  return { raw: trimmed, major, minor, patch, prerelease, minorVersion: `${major}.${minor}` };
};

const compareIdentifiers = (a: string | number, b: string | number): number => {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** semver precedence: <0, 0 or >0. A release is above its prereleases; build metadata is ignored. */
export const compareVersions = (a: OpenShiftVersion, b: OpenShiftVersion): number => {
  const core = Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
  if (core || (!a.prerelease.length && !b.prerelease.length)) return core;
  if (!a.prerelease.length) return 1;
  if (!b.prerelease.length) return -1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    if (i >= a.prerelease.length) return -1;
    if (i >= b.prerelease.length) return 1;
    const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
    if (c) return c;
  }
  return 0;
};

/**
 * True when `v` is `major.minor` or later, every prerelease of that minor included (as semver's
 * `gte(v, 'major.minor.0-0')`: `-0` is the lowest prerelease).
 */
export const isAtLeastMinor = (v: OpenShiftVersion, minor: string): boolean => {
  const [major, min] = minor.split('.').map(Number);
  return v.major > major || (v.major === major && v.minor >= min);
};

/** Nested containers need 4.20: every 4.20 ec/rc/nightly/CI/OKD build counts. */
export const meetsMinimum = (v: OpenShiftVersion): boolean => isAtLeastMinor(v, MINIMUM_VERSION);

export interface ClusterVersionFacts {
  /** Newest `Completed` history entry (history is newest first); undefined if none completed. */
  current?: string;
  /** `status.desired.version`. */
  desired?: string;
  /** An upgrade is running: desired differs from current. */
  upgrading: boolean;
}

export const clusterVersionFacts = (cv: unknown): ClusterVersionFacts => {
  const history = list(at(cv, 'status', 'history'));
  const completed = history.find((h) => str(dict(h).state) === 'Completed');
  const current = str(dict(completed).version) || undefined;
  const desired = str(at(cv, 'status', 'desired', 'version')) || undefined;
  return { current, desired, upgrading: !!current && !!desired && current !== desired };
};

/** The parsed current version, when the ClusterVersion is loaded and has one. */
export interface VersionFacts {
  loaded: boolean;
  current?: OpenShiftVersion;
  currentRaw?: string;
  desired?: string;
}

export const readVersion = (clusterVersion: unknown): VersionFacts => {
  const cv =
    isDict(clusterVersion) && clusterVersion.state === 'loaded' ? clusterVersion.data : undefined;
  if (cv === undefined) return { loaded: false };
  const facts = clusterVersionFacts(cv);
  return {
    loaded: true,
    currentRaw: facts.current,
    current: parseOpenShiftVersion(facts.current) ?? undefined,
    desired: facts.desired,
  };
};
