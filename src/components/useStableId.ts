import * as React from 'react';

let counter = 0;

/** A DOM id stable for the component's life (React 17 has no useId). */
export const useStableId = (prefix: string): string => {
  const [id] = React.useState(() => `${prefix}-${++counter}`);
  return id;
};
