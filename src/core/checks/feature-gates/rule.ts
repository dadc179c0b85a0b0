/** The feature-gates check: the three Kubernetes gates nested containers rely on. */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import { at, dict, list, str } from '../../guards';
import { featureGateRef } from '../../refs';
import * as fix from '../../remedies';
import { dataOf, result, unusable } from '../../resultBuilders';
import type { OpenShiftVersion, VersionFacts } from '../../version';
import { compareVersions, isAtLeastMinor, parseOpenShiftVersion } from '../../version';

export const USERNS_GATES = [
  'UserNamespacesSupport',
  'UserNamespacesPodSecurityStandards',
  'ProcMountType',
] as const;
export type UsernsGate = (typeof USERNS_GATES)[number];

/** The minor in which each gate was removed (feature GA); absent from then on counts as on. */
export const GATE_REMOVED_IN: Record<UsernsGate, string> = {
  UserNamespacesSupport: '4.23',
  UserNamespacesPodSecurityStandards: '4.23',
  ProcMountType: '4.22',
};

export type GateState = 'enabled' | 'disabled' | 'removed' | 'absent';

const names = (v: unknown): Set<string> =>
  new Set(
    list(v)
      .map((x) => str(dict(x).name))
      .filter((n): n is string => !!n),
  );

export interface GateEntry {
  entry: Record<string, unknown>;
  /**
   * `exact`: the entry of the current version. `same-minor`: none for the current version (an
   * upgrade within the minor, or a status not rewritten yet), so the newest entry of the same
   * `major.minor`, whose gate defaults are the same. `only`: a single entry with no version.
   */
  match: 'exact' | 'same-minor' | 'only';
}

/**
 * Picks the status.featureGates entry for the current version: the entry whose `version` equals it,
 * else the newest entry of the same minor version (DOMAIN: during an upgrade, look for the current
 * version, else the entry of the same minor; feature gates are set per minor release). An entry with
 * an empty version is what a payload manifest carries before the CVO stamps the version (the 4.20
 * reference payload is like that); it is used only when it is the only entry. Anything else: none.
 */
export const selectGateEntry = (
  entries: unknown[],
  current: string | undefined,
): GateEntry | undefined => {
  const exact = current ? entries.find((e) => str(dict(e).version) === current) : undefined;
  if (exact) return { entry: dict(exact), match: 'exact' };
  const cur = parseOpenShiftVersion(current);
  if (cur) {
    const sameMinor = entries
      .map((e) => ({ e: dict(e), v: parseOpenShiftVersion(str(dict(e).version)) }))
      .filter((x) => x.v?.minorVersion === cur.minorVersion)
      .sort((a, b) => (a.v && b.v ? compareVersions(b.v, a.v) : 0));
    if (sameMinor[0]) return { entry: sameMinor[0].e, match: 'same-minor' };
  }
  if (entries.length === 1 && !str(dict(entries[0]).version))
    return { entry: dict(entries[0]), match: 'only' };
  return undefined;
};

export const gateStates = (
  entry: Record<string, unknown>,
  version: OpenShiftVersion | undefined,
): Record<UsernsGate, GateState> => {
  const enabled = names(entry.enabled);
  const disabled = names(entry.disabled);
  const out = {} as Record<UsernsGate, GateState>;
  for (const gate of USERNS_GATES) {
    if (disabled.has(gate)) out[gate] = 'disabled';
    else if (enabled.has(gate)) out[gate] = 'enabled';
    else if (version && isAtLeastMinor(version, GATE_REMOVED_IN[gate])) out[gate] = 'removed';
    else out[gate] = 'absent';
  }
  return out;
};

export const checkFeatureGates = (snapshot: ClusterSnapshot, v: VersionFacts): CheckResult => {
  const id = 'feature-gates';
  const object = featureGateRef();
  const fg = dataOf(snapshot.featureGate);
  if (fg === undefined) return unusable(id, 'featuregates', snapshot.featureGate, object);
  if (!v.loaded) return unusable(id, 'clusterversions', snapshot.clusterVersion, object);
  const field = 'status.featureGates';
  const selected = selectGateEntry(list(at(fg, 'status', 'featureGates')), v.currentRaw);
  if (!selected) {
    return result(
      id,
      'unknown',
      'gates-no-entry',
      { version: v.currentRaw ?? null },
      { object, field, remedies: [fix.showFeatureGates()] },
    );
  }
  const { entry, match } = selected;
  const entryVersion = str(entry.version) || v.currentRaw || '';
  const version = v.current ?? parseOpenShiftVersion(entryVersion) ?? undefined;
  const states = gateStates(entry, version);
  const details: CheckDetail[] = [
    // Which entry the states come from, when it is not the current version's own.
    ...(match === 'same-minor'
      ? [{ key: 'featureGate.entryVersion', actual: entryVersion, expected: v.currentRaw ?? null }]
      : []),
    ...USERNS_GATES.map((g) => ({
      key: `featureGate.${g}`,
      actual: states[g],
      expected: 'enabled',
      ok: states[g] === 'enabled' || states[g] === 'removed',
    })),
  ];
  const disabled = USERNS_GATES.filter((g) => states[g] === 'disabled');
  const absent = USERNS_GATES.filter((g) => states[g] === 'absent');
  const extras = { object, field, details, remedies: [fix.showFeatureGates()] };
  if (disabled.length > 0) {
    return result(id, 'fail', 'gates-disabled', { version: entryVersion, gates: disabled }, extras);
  }
  if (absent.length > 0) {
    return result(id, 'fail', 'gates-missing', { version: entryVersion, gates: absent }, extras);
  }
  if (match === 'same-minor') {
    return result(
      id,
      'pass',
      'gates-enabled-same-minor',
      { version: entryVersion, current: v.currentRaw ?? null, gates: [...USERNS_GATES] },
      { object, field, details },
    );
  }
  return result(
    id,
    'pass',
    'gates-enabled',
    { version: entryVersion, gates: [...USERNS_GATES] },
    { object, field, details },
  );
};
