/** The scenario's RBAC (deny rules) and injected faults, matched against request attributes. */
import type { DenyRule, FaultRule } from './types';

export interface RequestAttributes {
  verb: string;
  group: string;
  resource: string;
  namespace?: string;
  name?: string;
}

const matches = (want: string | undefined, actual: string | undefined): boolean =>
  want === undefined || want === '*' || want === (actual ?? '');

const ruleMatches = (rule: DenyRule | FaultRule, a: RequestAttributes): boolean =>
  matches(rule.verb, a.verb) &&
  matches(rule.group, a.group) &&
  matches(rule.resource, a.resource) &&
  matches(rule.namespace, a.namespace) &&
  matches(rule.name, a.name);

export const isDenied = (rules: DenyRule[], a: RequestAttributes): boolean =>
  rules.some((rule) => ruleMatches(rule, a));

export const faultFor = (faults: FaultRule[], a: RequestAttributes): FaultRule | undefined =>
  faults.find((f) => ruleMatches(f, a));
