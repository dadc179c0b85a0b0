/**
 * The read counter of a one-shot read (useCustomResourceDefinition.ts, useNodes.ts): the read's
 * effect depends on `generation`, which moves on when `readAgainWhen` changes and when the read
 * asks for another one (`readAgain`, after a failure or on its refresh interval). Learning the
 * key for the first time (from `undefined`) is not a change: the first read does not wait for it.
 */
import * as React from 'react';

export const useReadAgain = (readAgainWhen: string | undefined): [number, () => void] => {
  const [generation, setGeneration] = React.useState(0);
  const knownKey = React.useRef(readAgainWhen);

  React.useEffect(() => {
    if (readAgainWhen === undefined) return;
    if (knownKey.current !== undefined && knownKey.current !== readAgainWhen)
      setGeneration((n) => n + 1);
    knownKey.current = readAgainWhen;
  }, [readAgainWhen]);

  const readAgain = React.useCallback(() => setGeneration((n) => n + 1), []);
  return [generation, readAgain];
};

/**
 * A one-shot read run at once, again whenever `readAgainWhen` changes, and again after the delay
 * its promise resolves to (undefined: not until something changes). `read` is told whether its
 * answer is still wanted (`live`) and must be stable (a module function or a useCallback).
 */
export const useRepeatedRead = (
  read: (live: () => boolean) => Promise<number | undefined>,
  readAgainWhen: string | undefined,
): void => {
  const [generation, readAgain] = useReadAgain(readAgainWhen);
  React.useEffect(() => {
    let current = true;
    let next: ReturnType<typeof setTimeout> | undefined;
    void read(() => current).then((ms) => {
      if (current && ms !== undefined) next = setTimeout(readAgain, ms);
    });
    return () => {
      current = false;
      if (next) clearTimeout(next);
    };
  }, [read, generation, readAgain]);
};
