/** Builders for CheckResult so every check reads as "status, reason, params, proof, fix". */
import type { ResourceState } from './snapshot';
import type { ParamsOf, ReasonOf } from './reasons';
import type { CheckDetail, CheckId, CheckResult, CheckStatus, ObjectRef, Remedy } from './results';
import { dict, isDict, str } from './guards';
import { readAccess } from './access';

export interface ResultExtras {
  details?: CheckDetail[];
  object?: ObjectRef;
  field?: string;
  remedies?: Remedy[];
}

/** A check can only return a reason it declares in REASONS, with exactly that reason's parameters. */
export const result = <Id extends CheckId, R extends ReasonOf<Id>>(
  id: Id,
  status: CheckStatus,
  reason: R,
  params: ParamsOf<R>,
  extras: ResultExtras = {},
): CheckResult => ({
  id,
  status,
  reason,
  params: params,
  details: extras.details ?? [],
  ...(extras.object ? { object: extras.object } : {}),
  ...(extras.field ? { field: extras.field } : {}),
  remedies: extras.remedies ?? [],
});

/** Not applicable; the parameters may be left out for reasons that declare none. */
export const na = <Id extends CheckId, R extends ReasonOf<Id>>(
  id: Id,
  reason: R,
  ...[params]: keyof ParamsOf<R> extends never ? [ParamsOf<R>?] : [ParamsOf<R>]
): CheckResult => result(id, 'na', reason, params ?? ({} as ParamsOf<R>));

/**
 * A resource that is not loaded: the check cannot tell, so it is `unknown` with the data state.
 * A 403 names the access that would tell (verb, resource, group).
 */
export const unusable = (
  id: CheckId,
  resource: string,
  state: ResourceState<unknown> | undefined,
  object?: ObjectRef,
): CheckResult => {
  const s: unknown = isDict(state) ? state.state : undefined;
  const extras: ResultExtras = { object };
  if (s === 'forbidden') {
    const { verb, group } = readAccess(resource);
    return result(id, 'unknown', 'forbidden', { resource, verb, group }, extras);
  }
  if (s === 'error') {
    const message = str(dict(state).message) ?? '';
    return result(id, 'unknown', 'read-error', { resource, message }, extras);
  }
  if (s === 'not-found')
    return result(id, 'unknown', 'read-error', { resource, message: '404' }, extras);
  if (s === 'loading' || s === undefined)
    return result(id, 'unknown', 'loading', { resource }, extras);
  return result(
    id,
    'unknown',
    'read-error',
    { resource, message: `unexpected state ${typeof s === 'string' ? s : typeof s}` },
    extras,
  );
};

/** The data of a loaded ResourceState, or undefined (also for malformed states). */
export const dataOf = <T>(state: ResourceState<T> | undefined): T | undefined =>
  isDict(state) && state.state === 'loaded' ? (state as { data: T }).data : undefined;

export const stateOf = (state: ResourceState<unknown> | undefined): string =>
  isDict(state) ? (str(state.state) ?? 'invalid') : 'invalid';

/** Worst first: the order the report uses to summarise CheClusters and pick a verdict. */
export const STATUS_RANK: Record<CheckStatus, number> = {
  fail: 4,
  unknown: 3,
  warn: 2,
  pass: 1,
  na: 0,
};

export const worst = (results: CheckResult[]): CheckResult | undefined =>
  results.reduce<CheckResult | undefined>(
    (w, r) => (!w || STATUS_RANK[r.status] > STATUS_RANK[w.status] ? r : w),
    undefined,
  );
