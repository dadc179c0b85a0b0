// Shell entry for console 4.22: React 18.3 (createRoot), react-i18next 16.5, react-router 7, the
// `__load_plugin_entry__(name, container)` callback (plus 4.22's deprecated `loadPluginEntry`).
import * as React from 'react';
import * as ReactI18next from 'react-i18next';
import * as ReactRouter from 'react-router';
import { createRoot } from 'react-dom/client';
import { startShell } from './bootstrap';

declare const __SHARED_VERSIONS__: Record<string, string>;

const Router: React.FC<{ children: React.ReactNode }> = ({ children }) => (
  <ReactRouter.BrowserRouter>{children}</ReactRouter.BrowserRouter>
);

void startShell({
  render: (element, container) => createRoot(container).render(element),
  Router,
  provided: [
    { name: 'react', version: __SHARED_VERSIONS__.react, module: React },
    { name: 'react-i18next', version: __SHARED_VERSIONS__['react-i18next'], module: ReactI18next },
    { name: 'react-router', version: __SHARED_VERSIONS__['react-router'], module: ReactRouter },
    // Deprecated alias the console still provides; react-router 7 carries the same API.
    { name: 'react-router-dom', version: __SHARED_VERSIONS__['react-router'], module: ReactRouter },
  ],
});
