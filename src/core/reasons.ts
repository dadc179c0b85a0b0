/**
 * Every reason code the core can return, with the parameters it carries: the generic data-state
 * reasons (checks/sharedReasons.ts) and each check's own (`checks/<id>/reasons.ts`). The UI has one
 * sentence per code, which the check's text module must provide, so adding a code is an API change.
 */
import type { CheckId } from './checkIds';
import type { AnyCheck } from './checks/registry';
import type { GENERIC_REASONS } from './checks/sharedReasons';

/** Values a reason or a detail may carry; the UI formats them. */
export type ParamValue = string | number | boolean | null | string[];

type Generic = typeof GENERIC_REASONS;
type ReasonsOfCheck<C> = C extends { reasons: infer R } ? R : never;
type AllReasons = ReasonsOfCheck<AnyCheck>;
type KeysOfUnion<T> = T extends unknown ? keyof T & string : never;

/** The reason codes a check may return: its own, and the generic data-state ones. */
export type ReasonOf<Id extends CheckId> = Extract<
  KeysOfUnion<ReasonsOfCheck<Extract<AnyCheck, { id: Id }>>> | keyof Generic,
  ReasonCode
>;

export type ReasonCode = keyof Generic | KeysOfUnion<AllReasons>;

type ParamNames<R extends string> = R extends keyof Generic
  ? Generic[R][number]
  : AllReasons extends infer S
    ? S extends Record<R, readonly (infer P)[]>
      ? P
      : never
    : never;

/** Exactly the parameters a reason code declares. */
export type ParamsOf<R extends ReasonCode> = { [K in ParamNames<R> & string]: ParamValue };
