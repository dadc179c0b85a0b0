import { describe, expect, it } from 'vitest';
import { loaded, LOADING, NOT_FOUND } from '../core/snapshot';
import { everyReadAnswered } from './watchResults';

const answer = { data: [], loaded: true, loadError: undefined };
const refused = { data: [], loaded: false, loadError: new Error('forbidden') };
const pending = { data: [], loaded: false, loadError: undefined };

describe('everyReadAnswered', () => {
  it('counts a refusal or a failure as an answer, and a list still loading as none', () => {
    expect(everyReadAnswered([[{ a: answer, b: refused }, ['a', 'b']]], [])).toBe(true);
    expect(everyReadAnswered([[{ a: answer, b: pending }, ['a', 'b']]], [])).toBe(false);
  });

  it('waits for a watch the screen started whose result is not there yet', () => {
    expect(everyReadAnswered([[{ a: answer }, ['a', 'scc/container-run']]], [])).toBe(false);
  });

  it('waits for each one-shot read, whatever its answer', () => {
    expect(everyReadAnswered([], [loaded(1), NOT_FOUND])).toBe(true);
    expect(everyReadAnswered([], [loaded(1), LOADING])).toBe(false);
  });
});
