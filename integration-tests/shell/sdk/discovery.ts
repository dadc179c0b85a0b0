// API discovery as the console does it (console-dynamic-plugin-sdk/src/app/k8s/api-discovery):
// GET /apis, then every group version's resource list and /api/v1, re-run every 60 s.
// Models are keyed by `group~version~kind`; core kinds also by bare kind, like the console's
// static models.
import * as React from 'react';
// React's own useSyncExternalStore on 18; a polyfill on React 17 (the 4.20/4.21 shell).
import { useSyncExternalStore } from 'use-sync-external-store/shim';
import type {
  K8sGroupVersionKind,
  K8sModel,
  K8sResourceKindReference,
  K8sVerb,
} from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './consoleFetch';
import {
  getGroupVersionKindForReference,
  getReferenceForModel,
  k8sBasePath,
  transformGroupVersionKindToReference,
} from './k8sRef';
import { createStore } from './store';

type ApiGroupList = {
  groups: { name: string; versions: { groupVersion: string; version: string }[] }[];
};
type ApiResourceList = {
  groupVersion: string;
  resources: {
    name: string;
    singularName?: string;
    namespaced: boolean;
    kind: string;
    verbs: K8sVerb[];
    shortNames?: string[];
  }[];
};

export type DiscoveryState = {
  models: ReadonlyMap<string, K8sModel>;
  inFlight: boolean;
  loaded: boolean;
};

export const discoveryStore = createStore<DiscoveryState>({
  models: new Map(),
  inFlight: false,
  loaded: false,
});

const DISCOVERY_POLL_INTERVAL = 60_000;

export const kindToAbbr = (kind: string): string =>
  (kind.replace(/[^A-Z]/g, '') || kind.toUpperCase()).slice(0, 4);

const pluralizeKind = (kind: string): string => {
  if (/[^aeiou]y$/.test(kind)) return `${kind.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(kind)) return `${kind}es`;
  return `${kind}s`;
};

const defineModels = (list: ApiResourceList): K8sModel[] => {
  const [first, second] = list.groupVersion.split('/');
  const apiGroup = second ? first : undefined;
  const apiVersion = second ?? first;
  return list.resources
    .filter(({ name }) => !name.includes('/'))
    .map(({ name, singularName, namespaced, kind, verbs, shortNames }) => ({
      kind,
      namespaced,
      verbs,
      shortNames,
      label: kind,
      plural: name,
      apiVersion,
      abbr: kindToAbbr(kind),
      ...(apiGroup ? { apiGroup } : {}),
      labelPlural: pluralizeKind(kind),
      id: singularName,
      crd: true,
    }));
};

const discover = async (): Promise<Map<string, K8sModel>> => {
  const groups = (await consoleFetchJSON(`${k8sBasePath}/apis`)) as ApiGroupList;
  const paths = groups.groups
    .flatMap((g) => g.versions.map((v) => `/apis/${v.groupVersion}`))
    .concat(['/api/v1']);
  const lists = await Promise.all(
    paths.map((p) =>
      (consoleFetchJSON(`${k8sBasePath}${p}`) as Promise<ApiResourceList>).catch(() => null),
    ),
  );
  const models = new Map<string, K8sModel>();
  for (const list of lists) {
    if (!list?.resources) continue;
    for (const model of defineModels(list)) {
      models.set(getReferenceForModel(model), model);
      if (!model.apiGroup) models.set(model.kind, model);
    }
  }
  return models;
};

let pollTimer: ReturnType<typeof setTimeout> | undefined;

export const startApiDiscovery = (): void => {
  if (pollTimer) clearTimeout(pollTimer);
  discoveryStore.set({ ...discoveryStore.get(), inFlight: true });
  discover()
    .then((models) => discoveryStore.set({ models, inFlight: false, loaded: true }))
    .catch((err: unknown) => {
      console.error('Fetching resource failed:', err);
      discoveryStore.set({ ...discoveryStore.get(), inFlight: false });
    });
  pollTimer = setTimeout(startApiDiscovery, DISCOVERY_POLL_INTERVAL);
};

export const getK8sModel = (
  state: DiscoveryState,
  gvk?: K8sResourceKindReference | K8sGroupVersionKind,
): K8sModel | undefined => {
  const ref = transformGroupVersionKindToReference(gvk);
  if (!ref) return undefined;
  const byRef = state.models.get(ref);
  if (byRef) return byRef;
  const kind = ref.includes('~') ? getGroupVersionKindForReference(ref).kind : ref;
  return state.models.get(kind);
};

const useDiscovery = (): DiscoveryState =>
  useSyncExternalStore(discoveryStore.subscribe, discoveryStore.get);

export const useK8sModel = (
  gvk?: K8sResourceKindReference | K8sGroupVersionKind,
): [K8sModel, boolean] => {
  const state = useDiscovery();
  // The SDK types the model as always present; at runtime it is undefined until discovered.
  return [getK8sModel(state, gvk) as K8sModel, state.inFlight];
};

export const useK8sModels = (): [Record<string, K8sModel>, boolean] => {
  const state = useDiscovery();
  const models = React.useMemo(() => Object.fromEntries(state.models), [state.models]);
  return [models, state.inFlight];
};

export const useModelsLoaded = (): boolean => useDiscovery().loaded;
