/**
 * OpenShift version strings and the ClusterVersion history. semver does the parsing and the
 * prerelease-aware comparison; this file only decides which string is "the current version".
 */
// Per-function imports: the whole semver index (ranges included) would triple its weight in the bundle.
import coerce from 'semver/functions/coerce';
import gte from 'semver/functions/gte';
import parse from 'semver/functions/parse';
import type { SemVer } from 'semver';
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
  semver: SemVer;
}

/** Nested containers need 4.20; `-0` is the lowest prerelease, so every 4.20 ec/rc/nightly/CI/OKD build counts. */
export const MINIMUM_VERSION = '4.20';
const MINIMUM_SEMVER = '4.20.0-0';

/**
 * Parses GA (4.20.3), rc/ec (4.21.0-rc.2), nightly/CI (4.22.0-0.nightly-…) and OKD
 * (4.20.0-okd-scos.1, 4.19.0-0.okd-…) strings. Strict semver first; `coerce` keeps odd forms such
 * as `4.20` or `v4.20.1` usable. A string without at least `major.minor` is not a version.
 */
export const parseOpenShiftVersion = (raw: unknown): OpenShiftVersion | null => {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (!/^v?\d+\.\d+/.test(trimmed)) return null;
  const parsed = parse(trimmed, { loose: true }) ?? coerce(trimmed, { includePrerelease: true });
  if (!parsed) return null;
  return {
    raw: trimmed,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease,
    minorVersion: `${parsed.major}.${parsed.minor}`,
    semver: parsed,
  };
};

/** True when `v` is `major.minor` or later, prereleases of that minor included. */
export const isAtLeastMinor = (v: OpenShiftVersion, minor: string): boolean =>
  gte(v.semver, `${minor}.0-0`);

export const meetsMinimum = (v: OpenShiftVersion): boolean => gte(v.semver, MINIMUM_SEMVER);

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
