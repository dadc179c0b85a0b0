/**
 * The readiness core's entry for the hooks: evaluate a snapshot, build the toggle's patch, and
 * the names the hooks need to know what to watch. Pure functions, no React, no SDK runtime.
 */
export { evaluate } from './evaluate';
export { buildTogglePatch } from './toggle';
export { carriesSwitch } from './checks/operator-support/rule';
export { namesFor, type SecondaryNames } from './namedObjects';
export * from './snapshot';
export * from './results';
export * from './reasons';
