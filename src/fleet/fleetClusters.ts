/**
 * Which clusters the fleet reads, and in what order: the hub first (the administrator is on it),
 * then the managed clusters newest first. A cluster ACM does not report Available, or without the
 * cluster-proxy add-on, is not asked (the SDK's own cluster list leaves such clusters out,
 * internal/clusterUtils.js isClusterAvailable); its row says why instead.
 */
import {
  AVAILABLE_CONDITION,
  CLUSTER_PROXY_LABEL,
  CONSOLE_URL_CLAIM,
  LOCAL_CLUSTER_LABEL,
  type ManagedCluster,
} from '../models/managedCluster';

export interface FleetCluster {
  name: string;
  hub: boolean;
  /** Why the cluster is not read, when it is not. */
  unavailable?: string;
  /** Its own console, where its full checklist and switch are (the klusterlet's claim). */
  consoleUrl?: string;
}

const unavailableReason = (mc: ManagedCluster): string | undefined => {
  const available = mc.status?.conditions?.find((c) => c.type === AVAILABLE_CONDITION);
  if (available?.status !== 'True')
    return `${AVAILABLE_CONDITION}: ${available?.status ?? 'not reported'}${available?.message ? ` (${available.message})` : ''}`;
  if (mc.metadata?.labels?.[CLUSTER_PROXY_LABEL] !== 'available')
    return `${CLUSTER_PROXY_LABEL}: ${mc.metadata?.labels?.[CLUSTER_PROXY_LABEL] ?? 'not installed'}`;
  return undefined;
};

export const fleetClusters = (
  hubName: string,
  managed: readonly ManagedCluster[],
): FleetCluster[] => {
  const named = managed.filter((mc) => !!mc.metadata?.name);
  const isHub = (mc: ManagedCluster) =>
    mc.metadata?.name === hubName || mc.metadata?.labels?.[LOCAL_CLUSTER_LABEL] === 'true';
  const others = named
    .filter((mc) => !isHub(mc))
    .sort(
      (a, b) =>
        (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? '') ||
        (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''),
    );
  // The hub is read through the console's own API path, whatever its ManagedCluster says.
  return [
    { name: hubName, hub: true },
    ...others.map((mc) => {
      const unavailable = unavailableReason(mc);
      const consoleUrl = mc.status?.clusterClaims?.find((c) => c.name === CONSOLE_URL_CLAIM)?.value;
      return {
        name: mc.metadata?.name ?? '',
        hub: false,
        ...(unavailable ? { unavailable } : {}),
        ...(consoleUrl ? { consoleUrl } : {}),
      };
    }),
  ];
};

/** The managed cluster's API server URL, for `oc login`: the first its registration agent reports. */
export const apiServerUrlOf = (mc: ManagedCluster | undefined): string | undefined =>
  mc?.spec?.managedClusterClientConfigs?.find((c) => !!c.url)?.url;
