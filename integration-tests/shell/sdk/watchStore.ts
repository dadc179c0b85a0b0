// Shared, reference-counted watches keyed like the console's redux ids
// (`group~version~kind---{query}`): one list-then-watch (or get-then-watch) per distinct resource,
// whatever the number of hook instances. Semantics follow console-dynamic-plugin-sdk's
// app/k8s/actions/k8s.ts and reducers/k8s.ts; see integration-tests/shell/README.md.
import type { K8sModel, K8sResourceCommon, Selector } from '@openshift-console/dynamic-plugin-sdk';
import { getReferenceForModel, resourceURL, selectorToString } from './k8sRef';
import { k8sGet, k8sListRaw } from './k8sResource';
import { streamWatch, type WatchEvent } from './watchStream';

export type Query = {
  ns?: string;
  labelSelector?: Selector;
  fieldSelector?: string;
  name?: string;
  limit?: number;
};

export type Snapshot = { data: unknown; loaded: boolean; loadError: unknown };

type Entry = {
  refs: number;
  snapshot: Snapshot;
  listeners: Set<() => void>;
  stop: () => void;
};

const entries = new Map<string, Entry>();
const PAGE_LIMIT = 250;
const LIST_RETRY_MS = 15_000;
const OBJECT_POLL_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;

export const makeId = (model: K8sModel, query: Query): string =>
  Object.keys(query).length
    ? `${getReferenceForModel(model)}---${JSON.stringify(query)}`
    : getReferenceForModel(model);

/** The store entry for a watch id, created empty (no watch, no listener) on first use. */
const entryFor = (id: string): Entry => {
  let entry = entries.get(id);
  if (!entry) {
    entry = {
      refs: 0,
      snapshot: undefined as unknown as Snapshot,
      listeners: new Set(),
      stop: () => undefined,
    };
    entries.set(id, entry);
  }
  return entry;
};

export const subscribe = (id: string | null, listener: () => void): (() => void) => {
  if (!id) return () => undefined;
  // Subscribed before the effect started the watch: keep the listener for when it does.
  const e = entryFor(id);
  e.listeners.add(listener);
  return () => {
    e.listeners.delete(listener);
    if (e.refs === 0 && e.listeners.size === 0 && entries.get(id) === e) entries.delete(id);
  };
};

export const getSnapshot = (id: string | null): Snapshot | undefined =>
  id ? entries.get(id)?.snapshot : undefined;

const publish = (entry: Entry, patch: Partial<Snapshot>): void => {
  entry.snapshot = { ...entry.snapshot, ...patch };
  entry.listeners.forEach((l) => l());
};

const qualifiedName = (o: K8sResourceCommon): string =>
  (o.metadata?.namespace ? `(${o.metadata.namespace})-` : '') + (o.metadata?.name ?? '');

const withoutResourceVersion = (o: unknown): string =>
  JSON.stringify(o, (k, v: unknown) => (k === 'resourceVersion' ? undefined : v));

const moreRecent = (a: K8sResourceCommon, b: K8sResourceCommon): boolean => {
  if (a.metadata?.uid !== b.metadata?.uid) {
    return (
      new Date(a.metadata?.creationTimestamp ?? 0) > new Date(b.metadata?.creationTimestamp ?? 0)
    );
  }
  return Number(a.metadata?.resourceVersion) > Number(b.metadata?.resourceVersion);
};

const listQuery = (query: Query): Record<string, string | undefined> => ({
  ns: query.ns,
  labelSelector: query.labelSelector ? selectorToString(query.labelSelector) : undefined,
  fieldSelector: query.fieldSelector,
});

const watchList = (entry: Entry, model: K8sModel, query: Query): (() => void) => {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort: AbortController | undefined;
  let backoff = 1000;
  let items = new Map<string, K8sResourceCommon>();
  const emit = () => publish(entry, { data: [...items.values()] });

  const loadAll = async (): Promise<string | undefined> => {
    let cont = '';
    let first = true;
    for (;;) {
      const page = await k8sListRaw({
        model,
        queryParams: {
          limit: String(query.limit ?? PAGE_LIMIT),
          ...listQuery(query),
          ...(cont ? { continue: cont } : {}),
        },
      });
      if (stopped) return undefined;
      if (first) {
        items = new Map(page.items.map((i) => [qualifiedName(i), i]));
        publish(entry, { loaded: true, loadError: '' });
        first = false;
      } else {
        page.items.forEach((i) => items.set(qualifiedName(i), i));
      }
      emit();
      cont = page.metadata?.continue ?? '';
      if (!cont) return page.metadata?.resourceVersion;
    }
  };

  const onEvents = (events: WatchEvent[]) => {
    let changed = false;
    for (const { type, object } of events) {
      const key = qualifiedName(object);
      if (type === 'DELETED') {
        changed = items.delete(key) || changed;
      } else if (type === 'ADDED' || type === 'MODIFIED') {
        const current = items.get(key);
        if (
          current &&
          (!moreRecent(object, current) ||
            withoutResourceVersion(current) === withoutResourceVersion(object))
        )
          continue;
        items.set(key, object);
        changed = true;
      } else {
        console.warn(`unknown websocket action: ${type}`);
      }
    }
    if (changed) emit();
  };

  const pollAndWatch = async (): Promise<void> => {
    timer = undefined;
    let resourceVersion: string | undefined;
    try {
      resourceVersion = await loadAll();
    } catch (e) {
      if (stopped) return;
      publish(entry, { loadError: e });
      timer = setTimeout(() => void pollAndWatch(), LIST_RETRY_MS);
      return;
    }
    if (stopped) return;
    abort = new AbortController();
    const url = resourceURL(model, {
      ns: query.ns,
      queryParams: { watch: 'true', ...listQuery(query), ns: undefined, resourceVersion },
    });
    const startedAt = Date.now();
    await streamWatch(url, abort.signal, onEvents);
    if (stopped) return;
    // The watch dropped: list again and re-watch (the console re-lists when its socket dies).
    backoff = Date.now() - startedAt > 60_000 ? 1000 : Math.min(backoff * 2, MAX_BACKOFF_MS);
    timer = setTimeout(() => void pollAndWatch(), backoff);
  };

  void pollAndWatch();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    abort?.abort();
  };
};

const watchObject = (entry: Entry, model: K8sModel, query: Query): (() => void) => {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort: AbortController | undefined;
  let backoff = 1000;
  const name = query.name ?? '';

  const modify = (o: K8sResourceCommon) => {
    if (stopped) return;
    const current = entry.snapshot.data;
    if (
      current &&
      withoutResourceVersion(current) === withoutResourceVersion(o) &&
      entry.snapshot.loaded
    )
      return;
    publish(entry, { data: o, loaded: true, loadError: '' });
  };
  const poll = () =>
    k8sGet({ model, name, ns: query.ns }).then(modify, (e: unknown) => {
      if (!stopped) publish(entry, { loadError: e });
    });
  // The console re-reads a single watched object every 30 s besides watching it.
  const poller = setInterval(() => void poll(), OBJECT_POLL_MS);
  void poll();

  const watch = async (): Promise<void> => {
    timer = undefined;
    abort = new AbortController();
    const url = resourceURL(model, {
      ns: query.ns,
      queryParams: { watch: 'true', fieldSelector: `metadata.name=${name}` },
    });
    const startedAt = Date.now();
    await streamWatch(url, abort.signal, (events) =>
      events.filter((e) => e.object?.metadata?.name === name).forEach((e) => modify(e.object)),
    );
    if (stopped) return;
    backoff = Date.now() - startedAt > 60_000 ? 1000 : Math.min(backoff * 2, MAX_BACKOFF_MS);
    timer = setTimeout(() => void watch(), backoff);
  };
  if (!model.verbs || model.verbs.includes('watch')) void watch();
  else console.warn(`${getReferenceForModel(model)} does not support watching`);

  return () => {
    stopped = true;
    clearInterval(poller);
    if (timer) clearTimeout(timer);
    abort?.abort();
  };
};

/** Starts (or joins) the watch for `id`; returns the release function. */
export const acquireWatch = (
  id: string,
  model: K8sModel,
  query: Query,
  isList: boolean,
): (() => void) => {
  const e = entryFor(id);
  e.refs += 1;
  if (e.refs === 1) {
    // What the console's startWatchK8s* actions put in the store.
    publish(e, { data: isList ? [] : null, loaded: false, loadError: '' });
    e.stop = isList ? watchList(e, model, query) : watchObject(e, model, query);
  }
  return () => {
    e.refs -= 1;
    if (e.refs > 0) return;
    e.stop();
    e.snapshot = undefined as unknown as Snapshot;
    if (e.listeners.size === 0) entries.delete(id);
    e.listeners.forEach((l) => l());
  };
};

/** Active watches, for the shell's diagnostics page and the benchmarks. */
export const activeWatchIds = (): string[] =>
  [...entries.entries()].filter(([, e]) => e.refs > 0).map(([id]) => id);
