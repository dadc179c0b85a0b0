// k8sGet/k8sCreate/k8sUpdate/k8sPatch/k8sDelete/k8sList as the SDK exports them (the
// options-object forms, console-dynamic-plugin-sdk/src/utils/k8s/k8s-resource.ts).
import type {
  K8sModel,
  K8sResourceCommon,
  Patch,
  QueryParams,
} from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './consoleFetch';
import { getAPIVersionForModel, resourceURL } from './k8sRef';

type Base = { name?: string; ns?: string; path?: string; queryParams?: QueryParams };

export const k8sGet = <R extends K8sResourceCommon>(
  opts: Base & { model: K8sModel; requestInit?: RequestInit },
): Promise<R> =>
  consoleFetchJSON(resourceURL(opts.model, opts), 'GET', opts.requestInit) as Promise<R>;

export const k8sCreate = <R extends K8sResourceCommon>(
  opts: Base & { model: K8sModel; data: R },
): Promise<R> => {
  const { model, data } = opts;
  const body = {
    ...data,
    apiVersion: data.apiVersion ?? getAPIVersionForModel(model),
    kind: data.kind ?? model.kind,
  };
  return consoleFetchJSON.post(
    resourceURL(model, {
      ns: opts.ns ?? data.metadata?.namespace,
      path: opts.path,
      queryParams: opts.queryParams,
    }),
    body,
  ) as Promise<R>;
};

export const k8sUpdate = <R extends K8sResourceCommon>(
  opts: Base & { model: K8sModel; data: R },
): Promise<R> => {
  const { model, data } = opts;
  return consoleFetchJSON.put(
    resourceURL(model, {
      ns: opts.ns ?? data.metadata?.namespace,
      name: opts.name ?? data.metadata?.name,
      path: opts.path,
      queryParams: opts.queryParams,
    }),
    data,
  ) as Promise<R>;
};

export const k8sPatch = <R extends K8sResourceCommon>(
  opts: Base & { model: K8sModel; resource: R; data: Patch[] },
): Promise<R> => {
  const { model, resource } = opts;
  // Like the console: falsy entries are dropped and an empty patch sends no request.
  const data = opts.data.filter(Boolean);
  if (data.length === 0) return Promise.resolve(resource);
  return consoleFetchJSON.patch(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path: opts.path,
      queryParams: opts.queryParams,
    }),
    data,
  ) as Promise<R>;
};

export const k8sDelete = <R extends K8sResourceCommon>(
  opts: Base & {
    model: K8sModel;
    resource: R;
    requestInit?: RequestInit;
    json?: Record<string, unknown>;
  },
): Promise<unknown> => {
  const { model, resource } = opts;
  const json =
    opts.json ??
    (model.propagationPolicy
      ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy }
      : undefined);
  return consoleFetchJSON.delete(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path: opts.path,
      queryParams: opts.queryParams,
    }),
    json,
    opts.requestInit,
  );
};

export type K8sListResponse = {
  apiVersion?: string;
  items: K8sResourceCommon[];
  metadata: { resourceVersion?: string; continue?: string };
};

type ListOptions = {
  model: K8sModel;
  queryParams?: Record<string, string | undefined> & { ns?: string };
  requestInit?: RequestInit;
};

/** The console's k8sList with raw=true: the list with kind/apiVersion filled into each item. */
export const k8sListRaw = async (opts: ListOptions): Promise<K8sListResponse> => {
  const { ns, ...rest } = opts.queryParams ?? {};
  const result = (await consoleFetchJSON(
    resourceURL(opts.model, { ns, queryParams: rest }),
    'GET',
    opts.requestInit,
  )) as K8sListResponse;
  const items = (result.items ?? []).map((i) => ({
    kind: opts.model.kind,
    apiVersion: result.apiVersion,
    ...i,
  }));
  return { ...result, items };
};

/** SDK `k8sList` (k8sListResource): resolves to the items array. */
export const k8sList = async (opts: ListOptions): Promise<K8sResourceCommon[]> =>
  (await k8sListRaw(opts)).items;

/** SDK `k8sListItems` (k8sListResourceItems): the same items array. */
export const k8sListItems = (opts: ListOptions): Promise<K8sResourceCommon[]> => k8sList(opts);
