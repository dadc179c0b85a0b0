/**
 * The smoke test's runtime: access reviews, create, the pod and event watches, pods/log, delete.
 * Everything it decides comes from the pure core (buildSmokeTestPod, interpretSmokeTest); this
 * hook only moves data between the API and the core, and makes sure the pod is deleted whatever
 * happens (result, failure, timeout, or the page being left).
 */
import * as React from 'react';
import {
  consoleFetchText,
  k8sCreate,
  k8sDelete,
  useAccessReview,
  useK8sModel,
  useK8sWatchResources,
  type K8sResourceCommon,
  type K8sVerb,
} from '@openshift-console/dynamic-plugin-sdk';
import type { interpretSmokeTest as InterpretSmokeTest } from '../core/smoke-test/interpret';
import {
  SMOKE_TEST_CONTAINER,
  SMOKE_TEST_DEADLINE_SECONDS,
  SMOKE_TEST_LABEL,
  type SmokeTestReport,
} from '../core/smoke-test';
import {
  DevWorkspaceOperatorConfigModel,
  DWOC_NAME,
  type DevWorkspaceOperatorConfig,
} from '../models/devWorkspaceOperatorConfig';
import { EventModel, type Event } from '../models/event';
import { PodModel, type Pod } from '../models/pod';
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';
import { toK8sModel } from '../utils/k8sModel';
import { gvkOf } from '../models/common';
import { dwocWatchKey, namedWatch } from './watches';

const POD_GVK = gvkOf(PodModel);

// The reading of a run (with the parser of the script's output) loads with the first run, not
// with the summary's button; `start` waits for it, and the dialog before it has fetched it.
type Interpret = typeof InterpretSmokeTest;
export const loadSmokeTestReader = (): Promise<Interpret> =>
  import('../core/smoke-test/interpret').then((m) => m.interpretSmokeTest);
const FALLBACK_POD_MODEL = toK8sModel(PodModel);
/**
 * The namespace's devworkspace-config through the same named watch the snapshot opens, so the
 * console shares it: the smoke-test pod copies its security context and annotations.
 */
export const useDevWorkspaceConfig = (
  namespace: string,
): DevWorkspaceOperatorConfig | undefined => {
  const spec = React.useMemo(
    () => ({
      [dwocWatchKey(namespace)]: namedWatch(DevWorkspaceOperatorConfigModel, DWOC_NAME, namespace),
    }),
    [namespace],
  );
  const r =
    useK8sWatchResources<Record<string, K8sResourceCommon[]>>(spec)[dwocWatchKey(namespace)];
  return Array.isArray(r?.data) ? r.data[0] : undefined;
};

/** The plugin gives up this long after the kubelet's own deadline should have ended the pod. */
export const SMOKE_TEST_GIVE_UP_MS = (SMOKE_TEST_DEADLINE_SECONDS + 30) * 1000;

export interface SmokeTestAccess {
  allowed: boolean;
  loading: boolean;
  /** What the user may not do (e.g. "create pods"), for the disabled button's tooltip. */
  missing: string[];
}

/** create/delete/list pods and get pods/log in the namespace, and use of the run SCC. */
export const useSmokeTestAccess = (namespace: string, runScc: string): SmokeTestAccess => {
  const reviews: [string, [boolean, boolean]][] = [
    ['create pods', useAccessReview({ resource: 'pods', verb: 'create', namespace })],
    ['delete pods', useAccessReview({ resource: 'pods', verb: 'delete', namespace })],
    ['list pods', useAccessReview({ resource: 'pods', verb: 'list', namespace })],
    [
      'get pods/log',
      useAccessReview({ resource: 'pods', subresource: 'log', verb: 'get', namespace }),
    ],
    [
      `use SCC ${runScc}`,
      useAccessReview({
        group: SecurityContextConstraintsModel.group,
        resource: SecurityContextConstraintsModel.plural,
        // SCC `use` is an OpenShift verb the SDK's K8sVerb union does not list; SSAR takes any verb.
        verb: 'use' as K8sVerb,
        name: runScc,
        namespace,
      }),
    ],
  ];
  const loading = reviews.some(([, [, l]]) => l);
  const missing = loading ? [] : reviews.filter(([, [ok]]) => !ok).map(([what]) => what);
  return { allowed: !loading && missing.length === 0, loading, missing };
};

export type CleanupState = 'none' | 'pending' | 'deleting' | 'deleted' | 'failed';

interface Run {
  pod: Pod;
  runScc: string;
  /** The core's reading of a run, loaded before the run starts. */
  interpret: Interpret;
  created: boolean;
  createError?: { code?: number; message: string };
  /** The newest copy the watch delivered (kept after the pod is gone). */
  lastSeen?: Pod;
  log?: string;
  logError?: string;
  timedOut: boolean;
  cleanup: CleanupState;
  cleanupError?: string;
  /** Frozen once the outcome is final, so deleting the pod does not change the verdict. */
  final?: SmokeTestReport;
}

const errorOf = (e: unknown): { code?: number; message: string } => {
  const err = e as { code?: unknown; message?: unknown; response?: { status?: unknown } };
  const code = typeof err.code === 'number' ? err.code : err.response?.status;
  return {
    code: typeof code === 'number' ? code : undefined,
    message: typeof err.message === 'string' ? err.message : String(e),
  };
};

type WatchResult = { data: unknown; loaded: boolean; loadError: unknown };
const itemsOf = <T>(r: WatchResult | undefined): T[] =>
  Array.isArray(r?.data) ? (r.data as T[]) : [];

export interface SmokeTestRuntime {
  start: (pod: Pod, runScc: string) => void;
  /** Forget the last result (the pod is already gone). */
  reset: () => void;
  report?: SmokeTestReport;
  running: boolean;
  podName?: string;
  cleanup: CleanupState;
  cleanupError?: string;
  /** Smoke-test pods in the namespace that no run of this page owns (an interrupted run's). */
  leftovers: Pod[];
  removeLeftover: (pod: Pod) => Promise<void>;
}

export const useSmokeTest = (namespace: string): SmokeTestRuntime => {
  const [model] = useK8sModel(POD_GVK);
  const podModel = model ?? FALLBACK_POD_MODEL;
  const [run, setRun] = React.useState<Run | undefined>();
  const update = React.useCallback(
    (f: (r: Run) => Partial<Run>) => setRun((r) => (r ? { ...r, ...f(r) } : r)),
    [],
  );
  const podName = run?.pod.metadata?.name;

  const watches = React.useMemo(
    () => ({
      smokePods: {
        groupVersionKind: POD_GVK,
        isList: true,
        namespace,
        selector: { matchExpressions: [{ key: SMOKE_TEST_LABEL, operator: 'Exists' as const }] },
      },
      ...(podName
        ? {
            smokeEvents: {
              groupVersionKind: gvkOf(EventModel),
              isList: true,
              namespace,
              fieldSelector: `involvedObject.name=${podName}`,
            },
          }
        : {}),
    }),
    [namespace, podName],
  );
  const results = useK8sWatchResources<Record<string, K8sResourceCommon[]>>(watches) as Record<
    string,
    WatchResult | undefined
  >;
  const pods = itemsOf<Pod>(results.smokePods);
  const events = itemsOf<Event>(results.smokeEvents);
  const watched = pods.find((p) => p.metadata?.name === podName);

  React.useEffect(() => {
    if (watched && run?.created && !run.final) update(() => ({ lastSeen: watched }));
  }, [watched, run?.created, run?.final, update]);

  const live = run
    ? run.interpret({
        runScc: run.runScc,
        createError: run.createError,
        pod: watched ?? run.lastSeen,
        podGone: !!run.lastSeen && !watched && results.smokePods?.loaded === true,
        events,
        log: run.log,
        logError: run.logError,
        timedOut: run.timedOut,
      })
    : undefined;
  const report = run?.final ?? live;
  const outcome = report?.outcome;

  // Freeze the verdict as soon as it is final.
  React.useEffect(() => {
    if (live && live.outcome !== 'running' && !run?.final) update(() => ({ final: live }));
  }, [live, run?.final, update]);

  // The container finished: read its log once.
  const phase = (watched ?? run?.lastSeen)?.status?.phase;
  const needLog =
    !!run && !run.final && (phase === 'Succeeded' || phase === 'Failed') && run.log === undefined;
  React.useEffect(() => {
    if (!needLog || !podName) return;
    let live = true;
    const url = `/api/kubernetes/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(podName)}/log?container=${SMOKE_TEST_CONTAINER}`;
    consoleFetchText(url)
      .then(
        (text: unknown) => live && update(() => ({ log: typeof text === 'string' ? text : '' })),
      )
      .catch((e: unknown) => live && update(() => ({ logError: errorOf(e).message })));
    return () => {
      live = false;
    };
  }, [needLog, namespace, podName, update]);

  // Give up when the kubelet's deadline should long have ended the pod.
  const created = !!run?.created;
  React.useEffect(() => {
    if (!created || outcome !== 'running') return;
    const timer = setTimeout(() => update(() => ({ timedOut: true })), SMOKE_TEST_GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [created, outcome, update]);

  // Delete the pod once the verdict is in, whatever it is.
  const runPod = run?.pod;
  const cleanup = run?.cleanup ?? 'none';
  React.useEffect(() => {
    if (!runPod || cleanup !== 'pending' || !run?.final) return;
    update(() => ({ cleanup: 'deleting' }));
    k8sDelete({ model: podModel, resource: runPod })
      .then(() => update(() => ({ cleanup: 'deleted' })))
      .catch((e: unknown) => {
        const err = errorOf(e);
        if (err.code === 404) update(() => ({ cleanup: 'deleted' }));
        else update(() => ({ cleanup: 'failed', cleanupError: err.message }));
      });
  }, [runPod, cleanup, run?.final, podModel, update]);

  // Leaving the page mid-run: delete what was created (best effort; leftovers show it otherwise).
  const pendingDelete = React.useRef<(() => void) | undefined>();
  pendingDelete.current =
    runPod && (cleanup === 'pending' || cleanup === 'failed')
      ? () => void k8sDelete({ model: podModel, resource: runPod }).catch(() => undefined)
      : undefined;
  React.useEffect(() => () => pendingDelete.current?.(), []);

  const start = React.useCallback(
    (pod: Pod, runScc: string) => {
      void loadSmokeTestReader().then((interpret) => {
        setRun({ pod, runScc, interpret, created: false, timedOut: false, cleanup: 'none' });
        k8sCreate({ model: podModel, data: pod })
          .then(() => update(() => ({ created: true, cleanup: 'pending' })))
          .catch((e: unknown) => update(() => ({ createError: errorOf(e) })));
      });
    },
    [podModel, update],
  );

  const removeLeftover = React.useCallback(
    async (pod: Pod) => {
      await k8sDelete({ model: podModel, resource: pod });
    },
    [podModel],
  );

  return {
    start,
    reset: () => setRun(undefined),
    report,
    running: !!run && outcome === 'running',
    podName,
    cleanup,
    cleanupError: run?.cleanupError,
    leftovers: pods.filter((p) => p.metadata?.name !== podName),
    removeLeftover,
  };
};
