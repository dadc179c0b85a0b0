/**
 * Test-only: drives the mocked console SDK from a ClusterSnapshot, so component tests render the
 * real hook and the real core against a cluster state an administrator would recognise.
 * Each test file mocks '@openshift-console/dynamic-plugin-sdk' with sdkMock.ts;
 * this module gives them behaviour.
 */
import * as React from 'react';
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import {
  k8sGet,
  k8sPatch,
  ResourceLink,
  useAccessReview,
  useK8sModel,
  useK8sWatchResources,
  type K8sGroupVersionKind,
  type K8sModel,
  type K8sResourceCommon,
  type QueryParams,
  type ResourceLinkProps,
  type ResourcesObject,
  type WatchK8sResource,
  type WatchK8sResources,
  type WatchK8sResults,
} from '@openshift-console/dynamic-plugin-sdk';
import type { ClusterSnapshot, ResourceState } from '../../core/snapshot';
import { CheClusterModel } from '../../models/cheCluster';
import { CHECLUSTER_CRD_NAME, DWOC_CRD_NAME } from '../../models/customResourceDefinition';
import { NodeModel } from '../../models/node';
import { printNodeTable } from '../../core/testing/nodeTable';
import { toK8sModel } from '../../utils/k8sModel';
import { PLATFORM_READS, type ListRead } from '../../hooks/watches';

/** The console's HttpError shape: message, code, the Response, and the Status body. */
export const httpError = (code: number, message: string, reason?: string) =>
  Object.assign(new Error(message), {
    code,
    response: { status: code },
    json: { kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message },
  });

type WatchResult = { data: unknown; loaded: boolean; loadError: unknown };

/** The error the console reports for a state that is not data (undefined while loading). */
const failureOf = (state: ResourceState<unknown>): Error | undefined => {
  switch (state.state) {
    case 'forbidden':
      return httpError(403, state.message ?? 'forbidden');
    case 'not-found':
      return httpError(404, 'not found');
    case 'error':
      return httpError(state.status ?? 500, state.message);
    default:
      return undefined;
  }
};

const toWatchResult = (
  state: ResourceState<unknown> | undefined,
  spec: WatchK8sResource,
): WatchResult => {
  const empty = spec.isList ? [] : {};
  // A named object is watched as a list narrowed by fieldSelector: the API server answers with a
  // list of it, or an empty list when it does not exist.
  const named = spec.isList && spec.fieldSelector?.startsWith('metadata.name=');
  if (state?.state === 'loaded')
    // A list state (RoleBindings of one name across namespaces) is served as it is.
    return {
      data: named && !Array.isArray(state.data) ? [state.data] : state.data,
      loaded: true,
      loadError: undefined,
    };
  // A name the snapshot does not list does not exist: the server answers with an empty list too.
  if ((state === undefined || state.state === 'not-found') && named)
    return { data: [], loaded: true, loadError: undefined };
  return { data: empty, loaded: false, loadError: state && failureOf(state) };
};

/** A one-shot read that failed, or (no failure: still loading) one that never answers. */
const unanswered = (failure: Error | undefined): Promise<never> =>
  failure ? Promise.reject(failure) : new Promise<never>(() => undefined);

/** The platform read (hooks/usePlatformReads.ts) a k8sGet of a list is, if it is one. */
const platformReadOf = (
  model: K8sModel | undefined,
  queryParams: QueryParams | undefined,
): [string, ListRead] | undefined =>
  Object.entries<ListRead>(PLATFORM_READS).find(
    ([, spec]) =>
      spec.model.kind === model?.kind && spec.watch.fieldSelector === queryParams?.fieldSelector,
  );

/** Where a watch key of the hook reads from in the snapshot. */
const stateFor = (s: ClusterSnapshot, key: string): ResourceState<unknown> | undefined => {
  const [kind, name] = key.split('/', 2);
  if (kind === 'scc') return s.sccs[name];
  if (kind === 'dwoc') return s.devWorkspaceOperatorConfigs[name];
  if (kind === 'clusterrole') return s.clusterRoles[name];
  if (kind === 'clusterrolebinding') return s.clusterRoleBindings[name];
  if (kind === 'rolebindings') return s.userRoleBindings[name];
  if (kind === 'machineconfig') return s.runtimeOverrides[name];
  // The cluster-wide reads, of either stage, by their watch key.
  const clusterWide: Record<string, ResourceState<unknown>> = {
    clusterVersion: s.clusterVersion,
    featureGate: s.featureGate,
    containerRuntimeConfigs: s.containerRuntimeConfigs,
    cheClusters: s.cheClusters,
    devWorkspaces: s.devWorkspaces,
    workspacePods: s.workspacePods,
    devWorkspaceOperatorCsvs: s.devWorkspaceOperatorCsvs,
    userNamespaces: s.userNamespaces,
    devWorkspaceControllerPods: s.devWorkspaceControllerPods,
    machineConfigPools: s.machineConfigPools,
  };
  return clusterWide[key];
};

export interface FakeConsoleOptions {
  /** useAccessReview for `patch` on CheClusters: [allowed, loading]. */
  access?: [boolean, boolean];
}

let current: ClusterSnapshot;
let currentAccess: [boolean, boolean] = [true, false];

/** Every watch spec the hooks asked for since the last install. */
export const watchCalls: WatchK8sResource[][] = [];

const modelFor = (gvk: K8sGroupVersionKind): K8sModel | undefined => {
  const apis = current.openshiftApis;
  if (apis.state !== 'loaded') return undefined;
  if (gvk.group === 'config.openshift.io') return apis.data.config ? storeModel(gvk) : undefined;
  if (gvk.group === 'security.openshift.io')
    return apis.data.security ? storeModel(gvk) : undefined;
  return storeModel(gvk);
};

// As the console's model store: one object per kind, the same at every call.
const models = new Map<string, K8sModel>();
const storeModel = (gvk: K8sGroupVersionKind): K8sModel => {
  const key = `${gvk.group ?? ''}/${gvk.version}/${gvk.kind}`;
  const model =
    models.get(key) ??
    (gvk.group === CheClusterModel.group ? toK8sModel(CheClusterModel) : fakeModel(gvk));
  models.set(key, model);
  return model;
};

const fakeModel = (gvk: K8sGroupVersionKind): K8sModel => ({
  apiGroup: gvk.group,
  apiVersion: gvk.version,
  kind: gvk.kind,
  plural: `${gvk.kind.toLowerCase()}s`,
  abbr: gvk.kind.slice(0, 2).toUpperCase(),
  label: gvk.kind,
  labelPlural: `${gvk.kind}s`,
});

/** Point the mocked SDK at a cluster state (call again to simulate a watch update). */
export const installCluster = (snapshot: ClusterSnapshot, options: FakeConsoleOptions = {}) => {
  current = snapshot;
  currentAccess = options.access ?? [true, false];
  watchCalls.length = 0;
  // As the console's hook: the same results object while neither the specs nor the data change.
  const served = new WeakMap<
    object,
    { snapshot: ClusterSnapshot; out: Record<string, WatchResult> }
  >();
  vi.mocked(useK8sWatchResources).mockImplementation(
    <R extends ResourcesObject>(resources: WatchK8sResources<R>): WatchK8sResults<R> => {
      watchCalls.push(Object.values(resources));
      const last = served.get(resources);
      if (last?.snapshot === current) return last.out as WatchK8sResults<R>;
      const out: Record<string, WatchResult> = {};
      for (const [key, spec] of Object.entries<WatchK8sResource>(resources))
        out[key] = toWatchResult(stateFor(current, key), spec);
      served.set(resources, { snapshot: current, out });
      return out as WatchK8sResults<R>;
    },
  );
  vi.mocked(useK8sModel).mockImplementation((gvk) => {
    const inFlight = current.openshiftApis.state === 'loading';
    return [typeof gvk === 'object' && gvk ? modelFor(gvk) : undefined, inFlight] as [
      K8sModel,
      boolean,
    ];
  });
  // The CRDs are read with one GET (hooks/useCustomResourceDefinition.ts), the Nodes as the API
  // server's Table (hooks/useNodes.ts).
  vi.mocked(k8sGet).mockClear();
  vi.mocked(k8sGet).mockImplementation(
    ({
      model,
      name,
      queryParams,
    }: {
      model?: K8sModel;
      name?: string;
      queryParams?: QueryParams;
    }) => {
      const platform = platformReadOf(model, queryParams);
      if (platform) {
        const [key, spec] = platform;
        const state = stateFor(current, key);
        const read = toWatchResult(state, spec.watch);
        if (read.loaded)
          return Promise.resolve({ kind: `${spec.model.kind}List`, items: read.data });
        return unanswered(state && failureOf(state));
      }
      if (model?.kind === NodeModel.kind) {
        const nodes = current.nodes;
        if (nodes.state === 'loaded')
          return Promise.resolve(
            printNodeTable(nodes.data, { now: Date.parse('2026-08-01T00:00:00Z') }),
          );
        return unanswered(failureOf(nodes));
      }
      const state =
        name === CHECLUSTER_CRD_NAME
          ? current.cheClusterCrd
          : name === DWOC_CRD_NAME
            ? current.devWorkspaceOperatorConfigCrd
            : undefined;
      if (state === undefined) return Promise.reject(httpError(404, 'not found'));
      if (state.state === 'loaded') return Promise.resolve(state.data);
      return unanswered(failureOf(state));
    },
  );
  vi.mocked(useAccessReview).mockImplementation(() => currentAccess);
  vi.mocked(ResourceLink).mockImplementation(({ name, namespace }: ResourceLinkProps) =>
    React.createElement(
      'a',
      { 'data-test': 'resource-link', href: `#${namespace ?? ''}/${name ?? ''}` },
      name,
    ),
  );
};

/**
 * Lets the one-shot reads (the CRDs, the Nodes, the platform objects read together) answer and the
 * screen render what they bring: a few turns of the microtask queue.
 */
export const settleReads = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });

/** A k8sPatch that resolves with the resource, after `gate` when given (to see the spinner). */
export const patchSucceeds = (gate?: Promise<void>) =>
  vi.mocked(k8sPatch).mockImplementation(async ({ resource }: { resource: K8sResourceCommon }) => {
    await gate;
    return resource;
  });

export const patchFails = (error: Error) =>
  vi.mocked(k8sPatch).mockImplementation(() => Promise.reject(error));
