/**
 * Every word the plugin shows, by kind: check titles, reason sentences, detail labels, remedy
 * explanations, findings in the toggle's tooltip and dialog, patch failures, the summary and the
 * smoke test. Components take their text from here; the core only returns codes.
 */
export { checkTitle } from './checkTitle';
export { formatParam, reasonText } from './reasonText';
export { detailLabel } from './detailLabel';
export { remedyText } from './remedyText';
export { findingText } from './findingText';
export { patchFailureTitle } from './patchFailureText';
export * from './summaryText';
export * from './reconcileText';
export * from './smokeTestText';
export * from './fleetText';
