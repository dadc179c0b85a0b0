/** The fleet's routes (console-extensions.json declares them). */
export const SINGLE_CLUSTER_PAGE = '/devspaces-nested-containers';
export const FLEET_PAGE_PATH = `${SINGLE_CLUSTER_PAGE}/fleet`;

/** A managed cluster's drill-down; cluster names are DNS labels, encoded all the same. */
export const clusterPagePath = (cluster: string): string =>
  `${FLEET_PAGE_PATH}/${encodeURIComponent(cluster)}`;

export const clusterOfPath = (pathname: string): string | undefined => {
  const prefix = `${FLEET_PAGE_PATH}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length).split('/')[0];
  return rest ? decodeURIComponent(rest) : undefined;
};
