/**
 * A one-shot read of a managed cluster, the way useNodes.ts and useCustomResourceDefinition.ts
 * read the console's own: once, again when `readAgainWhen` changes, and every `refreshMs` when
 * given. `read` undefined: not needed now (the answer stays undefined, which callers take as
 * loading). The last answer stays until the next one arrives.
 */
import * as React from 'react';
import { useReadAgain } from '../hooks/useReadAgain';

export const useClusterRead = <T>(
  read: (() => Promise<T>) | undefined,
  readAgainWhen: string | undefined,
  refreshMs?: number,
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
        if (refreshMs) next = setTimeout(readAgain, refreshMs);
      },
      () => {
        // Callers' reads turn failures into states; a rejection here is a bug in them.
        if (current && refreshMs) next = setTimeout(readAgain, refreshMs);
      },
    );
    return () => {
      current = false;
      if (next) clearTimeout(next);
    };
  }, [generation, needed, readAgain, refreshMs]);

  return answer;
};
