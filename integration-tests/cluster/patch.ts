/** The three PATCH flavours the API server accepts for JSON bodies. */
import * as jsonpatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { badRequest, generic, unsupportedMediaType } from './status';
import type { K8sObjectLike } from './types';

export const JSON_PATCH = 'application/json-patch+json';
export const MERGE_PATCH = 'application/merge-patch+json';
export const STRATEGIC_MERGE_PATCH = 'application/strategic-merge-patch+json';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/**
 * Applies `body` to `current` (never mutated). `customResource`: strategic merge patch is refused
 * with 415 for custom resources, as the real API server does ("strategic merge patch is not
 * supported"); for built-in kinds it is approximated by a merge patch.
 */
export function applyPatchBody(
  current: K8sObjectLike,
  contentType: string,
  body: string,
  customResource: boolean,
): K8sObjectLike {
  const type = contentType.split(';')[0].trim().toLowerCase();
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    throw badRequest(`error decoding patch: ${(e as Error).message}`);
  }
  if (type === JSON_PATCH) {
    if (!Array.isArray(parsed)) {
      throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
    }
    try {
      return jsonpatch.applyPatch(structuredClone(current), parsed as Operation[], true, true)
        .newDocument;
    } catch (e) {
      // handlers/patch.go: `patchObj.Apply` errors (a failed `test`, a missing path) become
      // NewGenericServerResponse(422, ...): reason Invalid, the generic message, no causes.
      throw generic(422, undefined, undefined, undefined, (e as Error).message);
    }
  }
  if (type === MERGE_PATCH || (type === STRATEGIC_MERGE_PATCH && !customResource)) {
    if (!isPlainObject(parsed)) throw badRequest('error decoding patch: not a JSON object');
    return mergePatch(current, parsed) as K8sObjectLike;
  }
  throw unsupportedMediaType(
    `the body of the request was in an unknown format - accepted media types include: ${JSON_PATCH}, ${MERGE_PATCH}, application/apply-patch+yaml${customResource ? '' : `, ${STRATEGIC_MERGE_PATCH}`}`,
  );
}
