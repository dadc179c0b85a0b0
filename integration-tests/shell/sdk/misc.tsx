// Small SDK pieces the shell supports so a plugin using them behaves as in the console.
import * as React from 'react';

export const useActivePerspective = (): [string, (perspective: string, next?: string) => void] => [
  'admin',
  () => undefined,
];

export const ALL_NAMESPACES_KEY = '#ALL_NS#';

export const useActiveNamespace = (): [string, (ns: string) => void] => [
  ALL_NAMESPACES_KEY,
  () => undefined,
];

export const DocumentTitle: React.FC<{ children: string }> = ({ children }) => {
  React.useEffect(() => {
    document.title = `${children} · Red Hat OpenShift`;
  }, [children]);
  return null;
};
