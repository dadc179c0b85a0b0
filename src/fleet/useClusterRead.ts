/**
 * A one-shot read of a managed cluster, the way useNodes.ts and useCustomResourceDefinition.ts
 * read the console's own: once, again when `readAgainWhen` changes, and after `refresh` when given
 * (a delay, or one chosen from the answer: a failed read tried again, a good one left).
 * `read` undefined: not needed now (the answer stays undefined, which callers take as loading).
 * The last answer stays until the next one arrives.
 */
import * as React from 'react';
import { useReadAgain } from '../hooks/useReadAgain';

export const useClusterRead = <T>(
  read: (() => Promise<T>) | undefined,
  readAgainWhen: string | undefined,
  refresh?: number | ((answer: T) => number | undefined),
): T | undefined => {
  const [answer, setAnswer] = React.useState<T | undefined>(undefined);
  const [generation, readAgain] = useReadAgain(readAgainWhen);
  // The latest closure, so a new `read` of the same request does not restart it.
  const latest = React.useRef(read);
  latest.current = read;
  const needed = read !== undefined;

  React.useEffect(() => {
    const run = latest.current;
    if (!run) return undefined;
    let current = true;
    let next: ReturnType<typeof setTimeout> | undefined;
    run().then(
      (value) => {
        if (!current) return;
        setAnswer(value);
        const ms = typeof refresh === 'function' ? refresh(value) : refresh;
        if (ms) next = setTimeout(readAgain, ms);
      },
      () => {
        // Callers' reads turn failures into states; a rejection here is a bug in them.
        if (current && typeof refresh === 'number') next = setTimeout(readAgain, refresh);
      },
    );
    return () => {
      current = false;
      if (next) clearTimeout(next);
    };
    // `refresh` is read when an answer arrives; a new function each render must not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation, needed, readAgain]);

  return answer;
};
