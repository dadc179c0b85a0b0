import { describe, expect, it } from 'vitest';
import { LOADING, NOT_FOUND, failed, forbidden, loaded } from '../core/snapshot';
import { LastGood, keepLastGood } from './lastGood';

describe('keepLastGood', () => {
  it('serves the last loaded data while the watch is loading again or its re-list failed', () => {
    const good = loaded(['a']);
    expect(keepLastGood(good, LOADING)).toBe(good);
    expect(keepLastGood(good, failed('connection reset', 503))).toBe(good);
  });

  it('a definite answer replaces it: new data, 403, 404', () => {
    const good = loaded(['a']);
    expect(keepLastGood(good, loaded(['b']))).toEqual(loaded(['b']));
    expect(keepLastGood(good, forbidden('no'))).toEqual(forbidden('no'));
    expect(keepLastGood(good, NOT_FOUND)).toEqual(NOT_FOUND);
  });

  it('with nothing loaded before, the state is what it is', () => {
    expect(keepLastGood(undefined, LOADING)).toEqual(LOADING);
    expect(keepLastGood(undefined, failed('x'))).toEqual(failed('x'));
  });
});

describe('LastGood', () => {
  it('remembers per key; a 404 is remembered like data, a 403 forgets', () => {
    const memory = new LastGood();
    memory.serve('a', loaded(1));
    expect(memory.serve('a', LOADING)).toEqual(loaded(1));
    expect(memory.serve('b', LOADING)).toEqual(LOADING);
    // The run SCC read with the switch off: absent stays absent while its re-list fails.
    expect(memory.serve('a', NOT_FOUND)).toEqual(NOT_FOUND);
    expect(memory.serve('a', failed('connection reset', 503))).toEqual(NOT_FOUND);
    expect(memory.serve('a', forbidden('no'))).toEqual(forbidden('no'));
    expect(memory.serve('a', LOADING)).toEqual(LOADING);
  });
});
