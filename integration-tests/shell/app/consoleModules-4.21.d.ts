// Types for the 4.20/4.21 shell's router packages, which exist only in
// builds/console-4.21/node_modules (buildShell.ts resolves them there). Only what
// entry-4.21.tsx uses.
declare module 'react-router-dom' {
  import type * as React from 'react';
  export const BrowserRouter: React.ComponentType<{ children?: React.ReactNode }>;
}

declare module 'react-router-dom-v5-compat' {
  import type * as React from 'react';
  export const CompatRouter: React.ComponentType<{ children?: React.ReactNode }>;
}
