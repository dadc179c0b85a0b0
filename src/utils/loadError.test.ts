import { describe, expect, it } from 'vitest';
import { errorMessageOf, httpStatusOf, stateFromLoadError, stateFromWatch } from './loadError';
import { classifyPatchError } from './patchError';

/** The console's HttpError: message, code, the fetch Response, and the parsed Status body. */
class FakeHttpError extends Error {
  constructor(
    message: string,
    public code?: number,
    public response?: { status: number },
    public json?: { kind: 'Status'; code?: number; reason?: string; message?: string },
  ) {
    super(message);
  }
}

const http = (status: number, message = 'failed', reason?: string) =>
  new FakeHttpError(message, status, { status }, { kind: 'Status', code: status, reason, message });

describe('stateFromLoadError', () => {
  it('maps 403 to forbidden with the server message', () => {
    expect(
      stateFromLoadError(http(403, 'clusterversions.config.openshift.io is forbidden')),
    ).toEqual({ state: 'forbidden', message: 'clusterversions.config.openshift.io is forbidden' });
  });

  it('maps 404 and a missing model to not-found', () => {
    expect(stateFromLoadError(http(404))).toEqual({ state: 'not-found' });
    // useK8sWatchResource(s) returns NoModelError when the API group is not served.
    expect(stateFromLoadError(new Error('Model does not exist'))).toEqual({ state: 'not-found' });
  });

  it('reads the status from response.status or status when code is absent', () => {
    expect(httpStatusOf({ response: { status: 403 } })).toBe(403);
    expect(httpStatusOf({ status: 404 })).toBe(404);
    expect(httpStatusOf({ json: { code: 500 } })).toBe(500);
    expect(httpStatusOf('boom')).toBeUndefined();
  });

  it('maps anything else to an error carrying the message and status', () => {
    expect(stateFromLoadError(http(500, 'etcd timeout'))).toEqual({
      state: 'error',
      message: 'etcd timeout',
      status: 500,
    });
    expect(stateFromLoadError(new Error('socket closed'))).toEqual({
      state: 'error',
      message: 'socket closed',
      status: undefined,
    });
    expect(errorMessageOf('plain')).toBe('plain');
  });
});

describe('stateFromWatch', () => {
  const isList = (d: unknown): d is string[] => Array.isArray(d);
  it('is loading until loaded, and an error wins over data', () => {
    expect(stateFromWatch([], false, undefined, isList)).toEqual({ state: 'loading' });
    expect(stateFromWatch([], true, http(403), isList).state).toBe('forbidden');
    expect(stateFromWatch(['a'], true, undefined, isList)).toEqual({
      state: 'loaded',
      data: ['a'],
    });
  });

  it('treats a loaded empty placeholder as not-found', () => {
    expect(stateFromWatch({}, true, undefined, isList)).toEqual({ state: 'not-found' });
  });
});

describe('classifyPatchError', () => {
  it('names a conflict for 409 and for a failed resourceVersion test (422)', () => {
    expect(classifyPatchError(http(409, 'the object has been modified')).kind).toBe('conflict');
    expect(
      classifyPatchError(http(422, 'testing value /metadata/resourceVersion failed: test failed'))
        .kind,
    ).toBe('conflict');
  });

  it('names forbidden, invalid, server and other errors', () => {
    expect(classifyPatchError(http(403)).kind).toBe('forbidden');
    expect(
      classifyPatchError(http(422, 'spec.devEnvironments: Invalid value', 'Invalid')).kind,
    ).toBe('invalid');
    expect(classifyPatchError(http(503)).kind).toBe('server');
    expect(classifyPatchError(new Error('network down'))).toEqual({
      kind: 'other',
      status: undefined,
      message: 'network down',
    });
  });
});
