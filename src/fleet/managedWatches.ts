/**
 * How the drill-down's watch specs (hooks/watches.ts) go to a managed cluster through ACM's
 * multicluster SDK, and how its answers are read back. Two facts of the SDK
 * (@stolostron/multicluster-sdk lib/internal/fleetK8sWatchResource.js) shape this:
 * - It builds every request from the hub console's model of the kind (useK8sModels): a kind the
 *   hub does not serve (no CheCluster CRD on a hub without Dev Spaces) has no model there and its
 *   watch cannot be opened. Those specs are read with one-shot GETs instead (clusterReads.ts).
 * - Its initial list honours the spec's fieldSelector but its WebSocket sends only `name`, so a
 *   watch of one name delivers every object of the kind after the list. The answer is narrowed
 *   back to the name here, or a second SCC would appear as "the" SCC.
 */
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchResult, WatchResults } from '../hooks/watchResults';

export type FleetWatch = WatchK8sResource & { cluster: string };

/**
 * Does the hub console's model map (useK8sModels) have the spec's kind, as the SDK looks it up
 * (getModelForWatch): by reference, else by kind, which is how the console keys its built-in
 * models (Pod, Namespace, SecurityContextConstraints) while CRDs go by reference.
 */
export const hubHasModel = (w: WatchK8sResource, models: Readonly<Record<string, unknown>>) => {
  const gvk = w.groupVersionKind;
  if (!gvk) return false;
  return [gvk.group || 'core', gvk.version, gvk.kind].join('~') in models || gvk.kind in models;
};

export interface SplitWatches {
  /** Watched through the SDK, with `cluster` set. */
  watched: Record<string, FleetWatch>;
  /** Read with one-shot GETs: the hub has no model of their kind. */
  polled: Record<string, WatchK8sResource>;
}

export const splitByHubModels = (
  watches: Readonly<Record<string, WatchK8sResource>>,
  watchable: ReadonlySet<string>,
  cluster: string,
): SplitWatches => {
  const split: SplitWatches = { watched: {}, polled: {} };
  for (const [key, w] of Object.entries(watches))
    if (watchable.has(key)) split.watched[key] = { ...w, cluster };
    else split.polled[key] = w;
  return split;
};

const nameOf = (w: WatchK8sResource): string | undefined =>
  /^metadata\.name=([^,]+)$/.exec(w.fieldSelector ?? '')?.[1];

const hasName = (name: string) => (o: unknown) =>
  (o as { metadata?: { name?: unknown } } | null)?.metadata?.name === name;

/** The result as the spec asked for it: a one-name list holds that name only. */
export const narrowedToName = (w: WatchK8sResource, r: WatchResult | undefined) => {
  const name = nameOf(w);
  if (!r || !name || !Array.isArray(r.data) || r.data.every(hasName(name))) return r;
  return { ...r, data: r.data.filter(hasName(name)) };
};

export const narrowAll = (
  watches: Readonly<Record<string, WatchK8sResource>>,
  results: WatchResults,
): WatchResults =>
  Object.fromEntries(
    Object.entries(watches).map(([key, w]) => [key, narrowedToName(w, results[key])]),
  );
