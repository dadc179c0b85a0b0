// consoleFetch / consoleFetchJSON / consoleFetchText with the console's status handling
// (console-dynamic-plugin-sdk/src/utils/fetch/console-fetch.ts and console-fetch-utils.ts).
import { HttpError, RetryError, TimeoutError } from './httpError';

type StatusBody = {
  message?: string;
  error?: string;
  details?: { causes?: { message?: string; field?: string }[]; kind?: string };
};

const unescapeGoUnicode = (s: string): string =>
  s
    .replace(/\\U([0-9a-fA-F]{8})/g, (m, hex: string) => {
      const cp = parseInt(hex, 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    })
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

const validateStatus = async (
  response: Response,
  method: string,
  retry: boolean,
): Promise<Response> => {
  if (response.ok || response.status === 304) return response;
  if (retry && response.status === 429) throw new RetryError();
  const contentType = response.headers.get('content-type');
  if (!contentType || !contentType.includes('json')) {
    throw new HttpError(response.statusText, response.status, response);
  }
  const json = (await response.json()) as StatusBody;
  if (response.status === 403) {
    throw new HttpError(
      unescapeGoUnicode(json.message || 'Access denied due to cluster policy.'),
      response.status,
      response,
      json,
    );
  }
  if (
    retry &&
    method === 'POST' &&
    response.status === 409 &&
    ['resourcequotas', 'clusterresourcequotas'].includes(json.details?.kind ?? '')
  ) {
    throw new RetryError();
  }
  const cause = json.details?.causes?.[0];
  const reason =
    (cause ? `Error "${cause.message}" for field "${cause.field}".` : undefined) ||
    json.message ||
    json.error ||
    response.statusText;
  throw new HttpError(unescapeGoUnicode(reason), response.status, response, json);
};

const getCSRFToken = (): string | undefined =>
  document.cookie
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c.startsWith('csrf-token='))
    .map((c) => c.slice('csrf-token='.length))
    .pop();

const fetchOnce = (
  url: string,
  options: RequestInit,
  timeout: number,
  retry: boolean,
): Promise<Response> => {
  const headers = new Headers(options.headers);
  const method = (options.method ?? 'GET').toUpperCase();
  const csrf = getCSRFToken();
  if (method !== 'GET' && csrf && !url.includes('://')) headers.set('X-CSRFToken', csrf);
  const fetchPromise = fetch(url, { credentials: 'same-origin', ...options, headers }).then((r) =>
    validateStatus(r, method, retry),
  );
  if (timeout < 1) return fetchPromise;
  return Promise.race([
    fetchPromise,
    new Promise<Response>((_resolve, reject) =>
      setTimeout(() => reject(new TimeoutError(url, timeout)), timeout),
    ),
  ]);
};

export const consoleFetch = async (
  url: string,
  options: RequestInit = {},
  timeout = 60000,
): Promise<Response> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(url, options, timeout, attempt < 3);
    } catch (e) {
      if (!(e instanceof RetryError)) throw e;
    }
  }
};

const fetchCommon = async (
  url: string,
  method: string,
  options: RequestInit,
  timeout?: number,
): Promise<unknown> => {
  const response = await consoleFetch(url, { ...options, method }, timeout);
  const text = await response.text();
  const isPlainText = response.headers.get('Content-Type') === 'text/plain';
  if (!text) return isPlainText ? '' : {};
  return isPlainText || !response.ok ? text : (JSON.parse(text) as unknown);
};

const withAccept = (options: RequestInit): RequestInit => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return { ...options, headers };
};

type FetchJSON = {
  (url: string, method?: string, options?: RequestInit, timeout?: number): Promise<unknown>;
  post: (url: string, json: unknown, options?: RequestInit, timeout?: number) => Promise<unknown>;
  put: (url: string, json: unknown, options?: RequestInit, timeout?: number) => Promise<unknown>;
  patch: (url: string, json: unknown, options?: RequestInit, timeout?: number) => Promise<unknown>;
  delete: (
    url: string,
    json?: unknown,
    options?: RequestInit,
    timeout?: number,
  ) => Promise<unknown>;
};

const fetchJSON = ((url: string, method = 'GET', options: RequestInit = {}, timeout?: number) =>
  fetchCommon(url, method, withAccept(options), timeout)) as FetchJSON;

const sendJSON = (
  url: string,
  method: string,
  json: unknown,
  options: RequestInit = {},
  timeout?: number,
): Promise<unknown> => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (!headers.has('Content-Type')) {
    headers.set(
      'Content-Type',
      `application/${method === 'PATCH' ? 'json-patch+json' : 'json'};charset=UTF-8`,
    );
  }
  const body = json ? JSON.stringify(json) : undefined;
  return fetchCommon(url, method, { ...options, headers, body }, timeout);
};

fetchJSON.post = (url, json, options, timeout) => sendJSON(url, 'POST', json, options, timeout);
fetchJSON.put = (url, json, options, timeout) => sendJSON(url, 'PUT', json, options, timeout);
fetchJSON.patch = (url, json, options, timeout) => sendJSON(url, 'PATCH', json, options, timeout);
fetchJSON.delete = (url, json, options, timeout) =>
  json
    ? sendJSON(url, 'DELETE', json, options, timeout)
    : fetchJSON(url, 'DELETE', options, timeout);

export const consoleFetchJSON = fetchJSON;

export const consoleFetchText = (
  url: string,
  options: RequestInit = {},
  timeout?: number,
): Promise<unknown> => fetchCommon(url, 'GET', options, timeout);
