/**
 * The names and the deadline every part of the smoke test agrees on: the pod's builder, the
 * reading of its outcome, and the hook that finds leftover pods and gives up on a run. Apart from
 * the builder, so what the summary loads for its button does not carry the pod's spec and script.
 */
/** Label on every smoke-test pod (value: the run id); leftovers are found by it. */
export const SMOKE_TEST_LABEL = 'devspaces-nested-containers.io/smoke-test';
export const SMOKE_TEST_CONTAINER = 'smoke-test';
export const SMOKE_TEST_NAME_PREFIX = 'nested-containers-smoke-';
export const REQUIRED_SCC_ANNOTATION = 'openshift.io/required-scc';
/** The kubelet stops the pod after this; the plugin gives up a little later (useSmokeTest). */
export const SMOKE_TEST_DEADLINE_SECONDS = 180;
