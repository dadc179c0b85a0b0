// The console chrome: masthead, admin navigation, the plugin's routes, resource pages, and a
// banner when a plugin failed to load (the console reports it in a notification and on the
// Dynamic plugins page; its routes then 404).
import * as React from 'react';
import { Link, Route, Routes } from 'react-router';
import {
  Alert,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  Page,
  PageSection,
  PageSidebar,
  PageSidebarBody,
  Title,
} from '@patternfly/react-core';
import { Navigation } from './Navigation';
import { Loading, PluginComponent } from './PluginComponent';
import type { CodeRef } from './pluginLoader';
import { useExtensions, usePluginState } from './pluginStore';
import { PluginsPage } from './PluginsPage';
import { ResourceDetailsPage, ResourceListPage } from './ResourcePages';

export type ShellConfig = { console: string; plugins: string[]; scenario: string };

const PluginFailures: React.FC = () => {
  const { failures } = usePluginState();
  if (!failures.length) return null;
  return (
    <PageSection>
      {failures.map((f) => (
        <Alert
          key={f.name}
          variant="danger"
          title={`Plugin ${f.name} failed to load`}
          data-test="plugin-load-error"
        >
          <p data-test="plugin-load-error-text">{f.error}</p>
        </Alert>
      ))}
    </PageSection>
  );
};

const Overview: React.FC<{ config: ShellConfig }> = ({ config }) => {
  const { plugins, shared } = usePluginState();
  return (
    <PageSection>
      <Title headingLevel="h1">Overview</Title>
      <p>
        Local console shell (OpenShift console {config.console}) against the simulated cluster
        scenario <strong data-test="scenario-name">{config.scenario}</strong>.
      </p>
      <p>
        Plugins: {plugins.map((p) => p.name).join(', ') || 'none'} ·{' '}
        <Link to="/console-plugins">status</Link>
      </p>
      <p data-test="shared-modules">Console-provided shared modules: {shared.join(', ')}</p>
    </PageSection>
  );
};

const NotFound: React.FC = () => (
  <PageSection>
    <Title headingLevel="h1" data-test="page-not-found">
      404: Page Not Found
    </Title>
  </PageSection>
);

const Shell: React.FC<{ config: ShellConfig }> = ({ config }) => {
  const { loading } = usePluginState();
  const routes = useExtensions('console.page/route');
  const masthead = (
    <Masthead>
      <MastheadMain>
        <MastheadBrand>
          <span className="shell-brand">Red Hat OpenShift</span>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <span className="shell-masthead-note">
          local console shell · {config.console} · scenario {config.scenario}
        </span>
      </MastheadContent>
    </Masthead>
  );
  const sidebar = (
    <PageSidebar>
      <PageSidebarBody>
        <Navigation />
      </PageSidebarBody>
    </PageSidebar>
  );
  return (
    <Page masthead={masthead} sidebar={sidebar} isManagedSidebar mainContainerId="content">
      <PluginFailures />
      <React.Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Overview config={config} />} />
          <Route path="/console-plugins" element={<PluginsPage />} />
          <Route path="/k8s/all-namespaces/:plural" element={<ResourceListPage />} />
          <Route path="/k8s/ns/:ns/:plural" element={<ResourceListPage />} />
          <Route path="/k8s/ns/:ns/:plural/:name/*" element={<ResourceDetailsPage />} />
          <Route path="/k8s/cluster/:plural/:name/*" element={<ResourceDetailsPage />} />
          {routes.flatMap((e) => {
            const p = e.properties as {
              path: string | string[];
              exact?: boolean;
              component: CodeRef;
            };
            return [p.path]
              .flat()
              .map((path) => (
                <Route
                  key={`${e.uid}${path}`}
                  path={p.exact ? path : `${path.replace(/\/$/, '')}/*`}
                  element={<PluginComponent codeRef={p.component} pluginName={e.pluginName} />}
                />
              ));
          })}
          <Route path="*" element={loading ? <Loading /> : <NotFound />} />
        </Routes>
      </React.Suspense>
    </Page>
  );
};

/** The console's router: react-router 7 in 4.22; react-router 5 with the v5-compat layer in 4.20/4.21. */
export type ShellRouter = React.ComponentType<{ children: React.ReactNode }>;

export const App: React.FC<{ config: ShellConfig; Router: ShellRouter }> = ({ config, Router }) => (
  <Router>
    <Shell config={config} />
  </Router>
);
