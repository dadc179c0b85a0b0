/**
 * Classifies a failed CheCluster patch so the dialog can say what happened and what to do.
 *
 * The toggle patch starts with a JSON-patch `test` on metadata.resourceVersion; when someone
 * changed the CheCluster in between, the API server rejects the whole patch with 422 and a
 * "test failed" message (not 409), so both mean "conflict".
 */
import { errorMessageOf, httpStatusOf, statusReasonOf } from './loadError';

export type PatchErrorKind =
  'conflict' | 'forbidden' | 'invalid' | 'not-found' | 'server' | 'other';

export interface PatchFailure {
  kind: PatchErrorKind;
  status?: number;
  message: string;
}

const TEST_OP_FAILED = /\btest(ing)?\b.*\bfail|\bfail.*\btest\b/i;

export const classifyPatchError = (err: unknown): PatchFailure => {
  const status = httpStatusOf(err);
  const reason = statusReasonOf(err);
  const message = errorMessageOf(err);
  const kindOf = (): PatchErrorKind => {
    if (status === 409 || reason === 'Conflict') return 'conflict';
    if (status === 422 && TEST_OP_FAILED.test(message)) return 'conflict';
    if (status === 403 || status === 401 || reason === 'Forbidden') return 'forbidden';
    if (status === 404) return 'not-found';
    if (status === 400 || status === 422 || reason === 'Invalid') return 'invalid';
    if (status !== undefined && status >= 500) return 'server';
    return 'other';
  };
  return { kind: kindOf(), status, message };
};
