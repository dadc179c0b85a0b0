// Names, for each API request the page makes, the snapshot resource it reads (from the resource
// table, src/core/resources.ts) and the checks that resource decides (found by experiment,
// src/core/testing/resourceReaders.ts), and flags a request made twice.
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { parseTail, splitApiPath } from '../integration-tests/cluster/resourcePath';
import { parseFieldSelector, parseLabelSelector } from '../integration-tests/cluster/selectors';
import { PRIMARY_WATCHES, SWITCHED_ON_WATCHES } from '../src/hooks/watches';
import { ALL_CHECKS } from '../src/core/checks/registry';
import { RESOURCE_ENTRIES, type ResourceKey } from '../src/core/resources';
import { checksReadingEach } from '../src/core/testing/resourceReaders';

const readers = checksReadingEach();

/** The cluster-wide list watches of both stages, by the resource each reads. */
const LIST_WATCHES: Partial<Record<string, WatchK8sResource>> = {
  ...PRIMARY_WATCHES,
  ...SWITCHED_ON_WATCHES,
};

/**
 * Labels an object a cluster-wide list watch selects would carry (a value for each key it
 * requires), so a request's own label selector can be tried against it: that tells apart two reads
 * of the same kind (the workspace pods, the DevWorkspace controller's pods).
 */
const labelsSelectedBy = (key: ResourceKey): Record<string, string> => {
  const sel = LIST_WATCHES[key]?.selector;
  return {
    ...Object.fromEntries((sel?.matchExpressions ?? []).map((e) => [e.key, 'x'])),
    ...sel?.matchLabels,
  };
};

/** `GET /apis/g/v/[namespaces/ns/]plural[/name]?query` (the console proxy prefix removed). */
export const resourceOfRequest = (request: string): ResourceKey | undefined => {
  const url = new URL(request.replace(/^\w+ /, ''), 'http://x');
  const api = splitApiPath(url.pathname.split('/').filter(Boolean));
  if (!api || api.tail.length === 0) return undefined;
  const { plural, name } = parseTail(api.group, api.version, api.tail);
  const named = name ?? parseFieldSelector(url.searchParams.get('fieldSelector')).name;
  const selects = parseLabelSelector(url.searchParams.get('labelSelector'));
  const candidates = RESOURCE_ENTRIES.filter(
    ([, s]) =>
      (s.model.group ?? '') === api.group &&
      s.model.version === api.version &&
      s.model.plural === plural,
  );
  if (candidates.length <= 1) return candidates[0]?.[0];
  return candidates.find(
    ([key, s]) => (!s.name || s.name === named) && selects(labelsSelectedBy(key)),
  )?.[0];
};

/**
 * One line per read: what it reads and for which checks. The console lists in pages of 250
 * (`continue=`), so one list may be several requests; a request made twice is marked in bold.
 */
export const describeRequests = (requests: string[]): string[] => {
  // A watch resumes from the list's resourceVersion: the same read whatever the number.
  const drop = (r: string, param: string) =>
    r.replace(new RegExp(`([?&])${param}=[^&]*&?`), '$1').replace(/[?&]$/, '');
  const reads = new Map<string, string[]>();
  for (const r of requests.map((x) => drop(x, 'resourceVersion'))) {
    const key = drop(r, 'continue');
    reads.set(key, [...(reads.get(key) ?? []), r]);
  }
  return [...reads].map(([r, made]) => {
    const post = r.startsWith('POST');
    const distinct = new Set(made).size;
    const key = resourceOfRequest(r);
    const why = /selfsubjectaccessreviews/.test(r)
      ? 'access review (may this user patch the CheCluster: the switch)'
      : key
        ? `${key}: ${readers[key].length === ALL_CHECKS.length ? 'every check' : readers[key].join(', ')}`
        : 'not a snapshot read (the console’s own)';
    // POST bodies are not compared: several access reviews ask different questions.
    const count =
      made.length === 1
        ? ''
        : post
          ? `${made.length}× `
          : distinct < made.length
            ? `**${made.length}×** `
            : '';
    const pages = !post && distinct > 1 ? ` (${distinct} pages)` : '';
    return `${count}\`${r}\`${pages} — ${why}`;
  });
};
