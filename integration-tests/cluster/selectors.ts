/** Label and field selectors with the syntax the API server accepts in `labelSelector=`/`fieldSelector=`. */
import type { K8sObjectLike } from './types';
import { badRequest } from './status';

type LabelTerm =
  | { op: 'eq' | 'neq'; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: Set<string> }
  | { op: 'exists' | 'notexists'; key: string };

export type LabelMatcher = (labels: Record<string, string> | undefined) => boolean;

/** Split on commas that are not inside `(...)`. */
function splitTerms(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((t) => t.trim()).filter((t) => t.length > 0);
}

function parseLabelTerm(term: string): LabelTerm {
  const set = /^([^\s!=(),]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
  if (set) {
    const values = new Set(set[3].split(',').map((v) => v.trim()));
    return { op: set[2] === 'in' ? 'in' : 'notin', key: set[1], values };
  }
  const neq = /^([^\s!=]+)\s*!=\s*(\S*)$/.exec(term);
  if (neq) return { op: 'neq', key: neq[1], value: neq[2] };
  const eq = /^([^\s!=]+)\s*==?\s*(\S*)$/.exec(term);
  if (eq) return { op: 'eq', key: eq[1], value: eq[2] };
  const not = /^!\s*([^\s!=]+)$/.exec(term);
  if (not) return { op: 'notexists', key: not[1] };
  if (/^[^\s!=(),]+$/.test(term)) return { op: 'exists', key: term };
  throw badRequest(
    `unable to parse requirement: found '${term}', expected: in, notin, =, ==, !=, gt, lt`,
  );
}

export function parseLabelSelector(selector: string | null): LabelMatcher {
  if (!selector) return () => true;
  const terms = splitTerms(selector).map(parseLabelTerm);
  return (labels) => {
    const l = labels ?? {};
    return terms.every((t) => {
      const has = Object.prototype.hasOwnProperty.call(l, t.key);
      switch (t.op) {
        case 'eq':
          return has && l[t.key] === t.value;
        case 'neq':
          return !has || l[t.key] !== t.value;
        case 'in':
          return has && t.values.has(l[t.key]);
        case 'notin':
          return !has || !t.values.has(l[t.key]);
        case 'exists':
          return has;
        case 'notexists':
          return !has;
      }
    });
  };
}

export type ObjectMatcher = (obj: K8sObjectLike) => boolean;

function valueAt(obj: K8sObjectLike, path: string): string | undefined {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (cur === undefined || cur === null) return undefined;
  return typeof cur === 'string' ? cur : JSON.stringify(cur);
}

/** Field selectors: `path=value`, `path==value`, `path!=value` joined by commas. */
export function parseFieldSelector(selector: string | null): {
  match: ObjectMatcher;
  name?: string;
} {
  if (!selector) return { match: () => true };
  let name: string | undefined;
  const terms = splitTerms(selector).map((term) => {
    const m = /^([\w.]+)\s*(!=|==|=)\s*(.*)$/.exec(term);
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${term}'`);
    const [, path, op, value] = m;
    if (path === 'metadata.name' && op !== '!=') name = value;
    return { path, negate: op === '!=', value };
  });
  return {
    name,
    match: (obj) =>
      terms.every((t) => {
        const v = valueAt(obj, t.path) ?? '';
        return t.negate ? v !== t.value : v === t.value;
      }),
  };
}
