// The drill-down's one-shot reads: read once, again when their key changes, and a failed answer
// tried again after its delay while a good one stays.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useClusterRead } from './useClusterRead';

type Answer = { state: 'loaded' | 'error' };
const retryFailed = (a: Answer) => (a.state === 'error' ? 30_000 : undefined);

afterEach(() => {
  vi.useRealTimers();
});

// Lets the read's promise settle and its state update render.
const flush = () =>
  act(async () => {
    await Promise.resolve();
  });

describe('useClusterRead', () => {
  it('tries a failed read again after its delay, and leaves a good answer alone', async () => {
    vi.useFakeTimers();
    const answers: Answer[] = [{ state: 'error' }, { state: 'loaded' }];
    const read = vi.fn(() => Promise.resolve<Answer>(answers.shift() ?? { state: 'loaded' }));
    const { result } = renderHook(() => useClusterRead(read, 'prod-east', retryFailed));
    await flush();
    expect(result.current).toEqual({ state: 'error' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(result.current).toEqual({ state: 'loaded' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10 * 30_000);
    });
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads again when its key changes, and not at all while not needed', async () => {
    const read = vi.fn(() => Promise.resolve<Answer>({ state: 'loaded' }));
    const { result, rerender } = renderHook(
      ({ needed, key }: { needed: boolean; key: string }) =>
        useClusterRead(needed ? read : undefined, key),
      { initialProps: { needed: false, key: 'a' } },
    );
    await flush();
    expect(result.current).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
    rerender({ needed: true, key: 'a' });
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    rerender({ needed: true, key: 'b' });
    await flush();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
