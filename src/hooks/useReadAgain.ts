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
