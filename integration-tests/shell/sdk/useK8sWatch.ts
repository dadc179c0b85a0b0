// useK8sWatchResource / useK8sWatchResources with the console's return shapes:
//   null resource            -> [undefined, true, undefined]
//   watch not started yet    -> [[] | {}, false, undefined]
//   started, not loaded      -> [[] | null, false, '']     (the console's store starts with '')
//   loaded                   -> [data, true, '']
//   request failed           -> [stale data, loaded unchanged, HttpError]
//   kind not served          -> [[] | {}, true, NoModelError] once discovery finished
import * as React from 'react';
// React's own useSyncExternalStore on 18; a polyfill on React 17 (the 4.20/4.21 shell).
import { useSyncExternalStore } from 'use-sync-external-store/shim';
import type {
  K8sModel,
  K8sResourceCommon,
  WatchK8sResource,
  WatchK8sResult,
  ResourcesObject,
  WatchK8sResources,
  WatchK8sResults,
} from '@openshift-console/dynamic-plugin-sdk';
import { discoveryStore, getK8sModel, useK8sModel, useModelsLoaded } from './discovery';
import { NoModelError } from './httpError';
import {
  acquireWatch,
  getSnapshot,
  makeId,
  subscribe,
  type Query,
  type Snapshot,
} from './watchStore';

const stableStringify = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  ) ?? 'undefined';

/** The console's useDeepCompareMemoize: a new reference only when the value really changed. */
const useDeepCompareMemoize = <T>(value: T): T => {
  const ref = React.useRef<{ key: string; value: T }>();
  const key = stableStringify(value);
  if (!ref.current || ref.current.key !== key) ref.current = { key, value };
  return ref.current.value;
};

const makeQuery = (r: WatchK8sResource): Query => {
  const q: Query = {};
  if (r.selector && Object.keys(r.selector).length) q.labelSelector = r.selector;
  if (r.namespace) q.ns = r.namespace;
  if (r.name) q.name = r.name;
  if (r.fieldSelector) q.fieldSelector = r.fieldSelector;
  if (r.limit) q.limit = r.limit;
  return q;
};

type Watch = { id: string; model: K8sModel; query: Query; isList: boolean };

const toWatch = (resource: WatchK8sResource, model: K8sModel | undefined): Watch | null => {
  if (!model) return null;
  const query = makeQuery(resource);
  return { id: makeId(model, query), model, query, isList: !!resource.isList };
};

export const useK8sWatchResource = <R extends K8sResourceCommon | K8sResourceCommon[]>(
  initResource: WatchK8sResource | null,
): WatchK8sResult<R> => {
  const resource = useDeepCompareMemoize(initResource);
  const modelsLoaded = useModelsLoaded();
  const [model] = useK8sModel(resource?.groupVersionKind || resource?.kind);
  const watch = React.useMemo(
    () => (resource ? toWatch(resource, model) : null),
    [resource, model],
  );
  const id = watch?.id ?? null;

  React.useEffect(() => {
    if (!watch) return undefined;
    return acquireWatch(watch.id, watch.model, watch.query, watch.isList);
  }, [watch]);

  const subscribeId = React.useCallback((l: () => void) => subscribe(id, l), [id]);
  const snapshot = useSyncExternalStore(subscribeId, () => getSnapshot(id));

  return React.useMemo(() => {
    if (!resource) return [undefined, true, undefined] as unknown as WatchK8sResult<R>;
    if (!snapshot) {
      const data = resource.isList ? [] : {};
      return (modelsLoaded && !model
        ? [data, true, new NoModelError()]
        : [data, false, undefined]) as unknown as WatchK8sResult<R>;
    }
    return [snapshot.data, snapshot.loaded, snapshot.loadError] as WatchK8sResult<R>;
  }, [resource, snapshot, modelsLoaded, model]);
};

export const useK8sWatchResources = <R extends ResourcesObject>(
  initResources: WatchK8sResources<R>,
): WatchK8sResults<R> => {
  const resources = useDeepCompareMemoize(initResources);
  const modelsLoaded = useModelsLoaded();
  const discovery = useSyncExternalStore(discoveryStore.subscribe, discoveryStore.get);

  // Only the models these resources need matter, not every discovery refresh.
  const modelsKey = stableStringify(
    Object.values(resources).map((r) => getK8sModel(discovery, r.groupVersionKind || r.kind)),
  );
  // null until discovery finished, like the console's reduxIDs.
  const watches = React.useMemo(() => {
    if (!modelsLoaded) return null;
    const current = discoveryStore.get();
    const out: Record<string, Watch | 'noModel'> = {};
    for (const [key, r] of Object.entries(resources)) {
      const model = getK8sModel(current, r.groupVersionKind || r.kind);
      out[key] = toWatch(r, model) ?? 'noModel';
    }
    return out;
    // modelsKey re-runs this when (and only when) a needed model appears, changes or disappears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [modelsLoaded, resources, modelsKey]);

  React.useEffect(() => {
    const releases = Object.values(watches ?? {}).flatMap((w) =>
      w === 'noModel' ? [] : [acquireWatch(w.id, w.model, w.query, w.isList)],
    );
    return () => releases.forEach((release) => release());
  }, [watches]);

  const ids = React.useMemo(
    () => Object.values(watches ?? {}).flatMap((w) => (w === 'noModel' ? [] : [w.id])),
    [watches],
  );
  const subscribeAll = React.useCallback(
    (l: () => void) => {
      const unsubs = ids.map((id) => subscribe(id, l));
      return () => unsubs.forEach((u) => u());
    },
    [ids],
  );
  const cache = React.useRef<(Snapshot | undefined)[]>([]);
  const snapshots = useSyncExternalStore(subscribeAll, () => {
    const next = ids.map((id) => getSnapshot(id));
    const prev = cache.current;
    if (next.length === prev.length && next.every((s, i) => s === prev[i])) return prev;
    cache.current = next;
    return next;
  });

  return React.useMemo(() => {
    const results: Record<string, { data: unknown; loaded: boolean; loadError: unknown }> = {};
    for (const [key, r] of Object.entries(resources)) {
      const w = watches?.[key];
      const empty = r.isList ? [] : {};
      if (w === 'noModel') {
        results[key] = { data: empty, loaded: true, loadError: new NoModelError() };
        continue;
      }
      const snapshot = w ? snapshots[ids.indexOf(w.id)] : undefined;
      results[key] = snapshot
        ? { data: snapshot.data, loaded: snapshot.loaded, loadError: snapshot.loadError }
        : { data: empty, loaded: false, loadError: undefined };
    }
    return results as WatchK8sResults<R>;
  }, [resources, watches, snapshots, ids]);
};
