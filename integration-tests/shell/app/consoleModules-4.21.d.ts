// Types for the 4.20/4.21 shell's react-router-dom 5, which exists only in
// builds/console-4.21/node_modules (buildShell.ts resolves it there). Only what entry-4.21.tsx
// uses. react-router-dom-v5-compat brings its own types (the plugin's router-4.21.ts uses them).
declare module 'react-router-dom' {
  import type * as React from 'react';
  export const BrowserRouter: React.ComponentType<{ children?: React.ReactNode }>;
}
