// Names, for each API request the page makes, the snapshot resource it reads (from the resource
// table, src/core/resources.ts) and the checks that resource decides (found by experiment,
// src/core/testing/resourceReaders.ts), and flags a request made twice.
import { PRIMARY_WATCHES, type PrimaryKey } from '../src/hooks/watches';
import { RESOURCE_ENTRIES, type ResourceKey } from '../src/core/resources';
import { checksReadingEach } from '../src/core/testing/resourceReaders';

const readers = checksReadingEach();

/** The label keys a primary watch selects on, to tell apart two reads of the same kind (Pods). */
const selectorKeys = (key: ResourceKey): string[] => {
  const w = PRIMARY_WATCHES[key as PrimaryKey] as (typeof PRIMARY_WATCHES)[PrimaryKey] | undefined;
  const sel = w?.selector;
  return [
    ...Object.keys(sel?.matchLabels ?? {}),
    ...(sel?.matchExpressions ?? []).map((e) => e.key),
  ];
};

/** `GET /apis/g/v/[namespaces/ns/]plural[/name]?query` (the console proxy prefix removed). */
export const resourceOfRequest = (request: string): ResourceKey | undefined => {
  const url = new URL(request.replace(/^\w+ /, ''), 'http://x');
  const parts = url.pathname.split('/').filter(Boolean);
  const [group, version, ...rest] = parts[0] === 'api' ? ['', ...parts.slice(1)] : parts.slice(1);
  const tail = rest[0] === 'namespaces' && rest.length > 2 ? rest.slice(2) : rest;
  const [plural, name] = tail;
  const labels = url.searchParams.get('labelSelector') ?? '';
  const named =
    name ?? /metadata\.name=([^,]+)/.exec(url.searchParams.get('fieldSelector') ?? '')?.[1];
  const candidates = RESOURCE_ENTRIES.filter(
    ([, s]) =>
      (s.model.group ?? '') === group && s.model.version === version && s.model.plural === plural,
  );
  if (candidates.length <= 1) return candidates[0]?.[0];
  const narrowed = candidates.filter(
    ([key, s]) =>
      (!s.name || s.name === named) && selectorKeys(key).every((l) => labels.includes(l)),
  );
  // Two kinds read as the same list (workspace pods, controller pods): the most specific wins.
  narrowed.sort((a, b) => selectorKeys(b[0]).length - selectorKeys(a[0]).length);
  return narrowed[0]?.[0];
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
    const twice = made.length - new Set(made).size;
    const pages = new Set(made).size;
    const key = resourceOfRequest(r);
    const why = /selfsubjectaccessreviews/.test(r)
      ? 'access review (may this user patch the CheCluster: the switch)'
      : key
        ? `${key}: ${readers[key].length > 15 ? 'every per-CheCluster check' : readers[key].join(', ')}`
        : 'not a snapshot read (the console’s own)';
    const count =
      twice > 0 && !r.startsWith('POST')
        ? `**${made.length}×** `
        : r.startsWith('POST') && made.length > 1
          ? `${made.length}× `
          : '';
    return `${count}\`${r}\`${pages > 1 && !r.startsWith('POST') ? ` (${pages} pages)` : ''} — ${why}`;
  });
};
