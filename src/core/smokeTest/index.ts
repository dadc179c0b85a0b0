/** The smoke test's pure half: the pod it creates and the reading of what happened to it. */
export * from './podSpec';
export * from './interpret';
export { FACT_PREFIX, SMOKE_TEST_SCRIPT, parseFacts, isHostUidMap } from './script';
export type { SmokeTestFacts } from './script';
