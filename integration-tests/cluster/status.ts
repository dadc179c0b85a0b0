/**
 * metav1.Status bodies with the reasons and messages the real kube-apiserver uses
 * (k8s.io/apimachinery/pkg/api/errors), so the plugin's error handling meets the same text.
 */
import { qualifiedResource } from './resources';

export interface StatusCause {
  reason?: string;
  message: string;
  field?: string;
}

export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  details?: { name?: string; group?: string; kind?: string; causes?: StatusCause[] };
  code: number;
}

export class ApiError extends Error {
  constructor(readonly body: StatusBody) {
    super(body.message);
  }
  get code(): number {
    return this.body.code;
  }
}

interface Res {
  group: string;
  plural: string;
}

const failure = (
  code: number,
  reason: string,
  message: string,
  details?: StatusBody['details'],
): ApiError =>
  new ApiError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    details,
    code,
  });

export const notFound = (res: Res, name: string): ApiError =>
  failure(404, 'NotFound', `${qualifiedResource(res)} "${name}" not found`, {
    name,
    group: res.group,
    kind: res.plural,
  });

/** What the API server answers for a path it does not serve (unknown group, version or resource). */
export const pathNotFound = (): ApiError =>
  failure(404, 'NotFound', 'the server could not find the requested resource', {});

export const alreadyExists = (res: Res, name: string): ApiError =>
  failure(409, 'AlreadyExists', `${qualifiedResource(res)} "${name}" already exists`, {
    name,
    group: res.group,
    kind: res.plural,
  });

export const conflict = (res: Res, name: string): ApiError =>
  failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(res)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, group: res.group, kind: res.plural },
  );

export function forbidden(
  res: Res,
  verb: string,
  user: string,
  namespace: string | undefined,
  name: string | undefined,
): ApiError {
  const subject = name ? `${qualifiedResource(res)} "${name}"` : qualifiedResource(res);
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return failure(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${res.plural}" in API group "${res.group}" ${scope}`,
    { name, group: res.group, kind: res.plural },
  );
}

/** Field errors, as `Kind.group "name" is invalid: [field: message, ...]`. */
export function invalid(
  kind: string,
  group: string,
  name: string,
  causes: StatusCause[],
): ApiError {
  const parts = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const list = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  const gk = group ? `${kind}.${group}` : kind;
  return failure(422, 'Invalid', `${gk} "${name}" is invalid: ${list}`, {
    name,
    group,
    kind,
    causes: causes.map((c) => ({ reason: c.reason ?? 'FieldValueInvalid', ...c })),
  });
}

export const badRequest = (message: string): ApiError => failure(400, 'BadRequest', message, {});

export const unsupportedMediaType = (message: string): ApiError =>
  failure(415, 'UnsupportedMediaType', message, {});

export const methodNotAllowed = (): ApiError =>
  failure(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
    {},
  );

export const gone = (message: string): ApiError => failure(410, 'Expired', message, {});

/**
 * errors.NewGenericServerResponse: the body the API server returns for a bare status code.
 * Also what a failed JSON-patch operation yields (422 Invalid, generic message, empty details):
 * handlers/patch.go wraps jsonpatch Apply errors in NewGenericServerResponse(422, ...).
 */
export function generic(
  code: number,
  res?: Res,
  verb?: string,
  name?: string,
  serverMessage?: string,
): ApiError {
  const table: Record<number, [string, string]> = {
    400: ['BadRequest', 'the server rejected our request for an unknown reason'],
    401: ['Unauthorized', 'the server has asked for the client to provide credentials'],
    403: ['Forbidden', serverMessage ?? 'forbidden'],
    404: ['NotFound', 'the server could not find the requested resource'],
    405: ['MethodNotAllowed', 'the server does not allow this method on the requested resource'],
    409: ['Conflict', 'the server reported a conflict'],
    422: ['Invalid', 'the server rejected our request due to an error in our request'],
    429: [
      'TooManyRequests',
      'the server has received too many requests and has asked us to try again later',
    ],
    504: [
      'Timeout',
      'the server was unable to return a response in the time allotted, but may still be processing the request',
    ],
  };
  let [reason, message] = table[code] ?? [
    code >= 500 ? 'InternalError' : 'Unknown',
    code >= 500
      ? `an error on the server (${JSON.stringify(serverMessage ?? '')}) has prevented the request from succeeding`
      : `the server responded with the status code ${code} but did not return more information`,
  ];
  if (code === 503) reason = 'ServiceUnavailable';
  if (res && verb) {
    message = name
      ? `${message} (${verb.toLowerCase()} ${qualifiedResource(res)} ${name})`
      : `${message} (${verb.toLowerCase()} ${qualifiedResource(res)})`;
  }
  return failure(code, reason, message, res ? { name, group: res.group, kind: res.plural } : {});
}
