/** Public API of the readiness core: pure functions, no React, no SDK runtime. */
export { evaluate } from './evaluate';
export { buildTogglePatch, MissingResourceVersionError } from './toggle';
export {
  flavorOf,
  isRequestedEnabled,
  managedByValue,
  MANAGED_BY_LABEL,
  runSccName,
  userClusterRoleName,
} from './cheCluster';
export type { Flavor } from './cheCluster';
export {
  clusterVersionFacts,
  isAtLeastMinor,
  meetsMinimum,
  MINIMUM_VERSION,
  parseOpenShiftVersion,
} from './version';
export type { ClusterVersionFacts, OpenShiftVersion } from './version';
export { USERNS_GATES } from './featureGates';
export { DEFAULT_RECONCILE_WINDOW_MS } from './instance';
export * from './snapshot';
export * from './results';
export * from './reasons';
