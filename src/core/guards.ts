/**
 * Readers for untrusted objects. The evaluator is fed whatever the API server (or a broken
 * proxy) returned, so every field is read through these instead of trusting the static types.
 */

export type Dict = Record<string, unknown>;

export const isDict = (v: unknown): v is Dict =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shared and frozen: the evaluator only reads, and hot loops should not allocate. */
const EMPTY: Dict = Object.freeze({});

export const dict = (v: unknown): Dict => (isDict(v) ? v : EMPTY);

export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** Strings of an array, skipping anything else. */
export const strings = (v: unknown): string[] =>
  list(v).filter((x): x is string => typeof x === 'string');

/** Walks `path` through nested objects; undefined as soon as a step is not an object. */
export const at = (v: unknown, ...path: string[]): unknown => {
  let cur: unknown = v;
  for (const key of path) {
    if (!isDict(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
};

export const labelsOf = (obj: unknown): Dict => dict(at(obj, 'metadata', 'labels'));
export const annotationsOf = (obj: unknown): Dict => dict(at(obj, 'metadata', 'annotations'));
export const nameOf = (obj: unknown): string => str(at(obj, 'metadata', 'name')) ?? '';
export const namespaceOf = (obj: unknown): string => str(at(obj, 'metadata', 'namespace')) ?? '';

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
