// Shell entry for consoles 4.20 and 4.21: React 17 (ReactDOM.render, no createRoot),
// react-i18next 11, react-router 5.3 with react-router-dom-v5-compat (v6 routes inside a v5
// router, as those consoles do), the `loadPluginEntry("name@version", container)` callback.
// buildShell.ts resolves these packages from builds/console-4.21/node_modules; in this file
// `react-router` is the real 5.3 (the shell's own components get the v6 API of v5-compat).
import * as React from 'react';
import { render } from 'react-dom';
import * as ReactI18next from 'react-i18next';
import * as ReactRouter from 'react-router';
import * as ReactRouterDom from 'react-router-dom';
import * as ReactRouterDomV5Compat from 'react-router-dom-v5-compat';
import { startShell } from './bootstrap';

declare const __SHARED_VERSIONS__: Record<string, string>;

const Router: React.FC<{ children: React.ReactNode }> = ({ children }) => (
  <ReactRouterDom.BrowserRouter>
    <ReactRouterDomV5Compat.CompatRouter>{children}</ReactRouterDomV5Compat.CompatRouter>
  </ReactRouterDom.BrowserRouter>
);

void startShell({
  render: (element, container) => render(element, container),
  Router,
  provided: [
    { name: 'react', version: __SHARED_VERSIONS__.react, module: React },
    { name: 'react-i18next', version: __SHARED_VERSIONS__['react-i18next'], module: ReactI18next },
    { name: 'react-router', version: __SHARED_VERSIONS__['react-router'], module: ReactRouter },
    {
      name: 'react-router-dom',
      version: __SHARED_VERSIONS__['react-router-dom'],
      module: ReactRouterDom,
    },
    {
      name: 'react-router-dom-v5-compat',
      version: __SHARED_VERSIONS__['react-router-dom-v5-compat'],
      module: ReactRouterDomV5Compat,
    },
  ],
});
