/**
 * Every remedy the core can offer, by stable code: the shared ones (core/remedies.ts) and each
 * check's own (`checks/<id>/remedies.ts`, declared in its definition). The UI has one explanation per
 * code (components/text/remedyText.ts for the shared ones, the check's text module for its own), so a
 * new remedy without its words does not compile.
 */
import type { AnyCheck } from './checks/registry';

export const SHARED_REMEDY_CODES = [
  'enable-feature',
  'disable-feature',
  'show-feature-gates',
  'show-checluster-status',
  'operator-logs',
  'list-operator-csvs',
  'show-scc',
  'list-workspace-pods-userns',
] as const;

export type RemedyCode = (typeof SHARED_REMEDY_CODES)[number] | AnyCheck['remedies'][number];
