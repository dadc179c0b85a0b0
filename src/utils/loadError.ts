/**
 * Turns what the console SDK's watch hooks return into the core's ResourceState.
 *
 * In the console a failed watch or request carries an `HttpError` (`code`, `response.status`,
 * `json` with the Kubernetes `Status`); a watch on a kind whose model is not served yields a
 * `NoModelError` ("Model does not exist"), which means the API is absent: not-found.
 */
import type { ResourceState } from '../core/snapshot';

const NO_MODEL_MESSAGE = 'Model does not exist';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const asStatus = (v: unknown): number | undefined =>
  typeof v === 'number' && v >= 100 && v < 600 ? v : undefined;

/** The HTTP status an SDK error carries, wherever this console version puts it. */
export const httpStatusOf = (err: unknown): number | undefined => {
  if (!isRecord(err)) return undefined;
  const response = isRecord(err.response) ? err.response : undefined;
  const json = isRecord(err.json) ? err.json : undefined;
  return (
    asStatus(err.code) ??
    asStatus(response?.status) ??
    asStatus(err.status) ??
    asStatus(json?.code) ??
    undefined
  );
};

/** The most specific message: the API server's Status message, then the error's own. */
export const errorMessageOf = (err: unknown): string => {
  if (typeof err === 'string') return err;
  if (!isRecord(err)) return String(err);
  const json = isRecord(err.json) ? err.json : undefined;
  if (typeof json?.message === 'string' && json.message) return json.message;
  if (typeof err.message === 'string' && err.message) return err.message;
  try {
    return JSON.stringify(err);
  } catch {
    return Object.prototype.toString.call(err);
  }
};

/** The Kubernetes Status reason (`Conflict`, `Invalid`, `Forbidden`…), when the server sent one. */
export const statusReasonOf = (err: unknown): string | undefined => {
  if (!isRecord(err) || !isRecord(err.json)) return undefined;
  return typeof err.json.reason === 'string' ? err.json.reason : undefined;
};

const isNoModelError = (err: unknown): boolean =>
  isRecord(err) && (err.name === 'NoModelError' || err.message === NO_MODEL_MESSAGE);

/** Classifies a loadError: 403 forbidden, 404 or a missing model not-found, anything else error. */
export const stateFromLoadError = (err: unknown): ResourceState<never> => {
  if (isNoModelError(err)) return { state: 'not-found' };
  const status = httpStatusOf(err);
  if (status === 403) return { state: 'forbidden', message: errorMessageOf(err) };
  if (status === 404) return { state: 'not-found' };
  return { state: 'error', message: errorMessageOf(err), status };
};

/**
 * One watch result as a ResourceState. `accept` narrows what the watch returned (a list for
 * isList watches, an object with metadata for named ones) so an empty placeholder never counts
 * as data.
 */
export const stateFromWatch = <T>(
  data: unknown,
  loaded: boolean,
  loadError: unknown,
  accept: (data: unknown) => data is T,
): ResourceState<T> => {
  if (loadError) return stateFromLoadError(loadError);
  if (!loaded) return { state: 'loading' };
  if (accept(data)) return { state: 'loaded', data };
  // Loaded without an error but nothing usable: a named object that does not exist.
  return { state: 'not-found' };
};

export const isObjectList = <T>(data: unknown): data is T[] => Array.isArray(data);

export const isNamedObject = <T>(data: unknown): data is T =>
  isRecord(data) && isRecord(data.metadata) && typeof data.metadata.name === 'string';
