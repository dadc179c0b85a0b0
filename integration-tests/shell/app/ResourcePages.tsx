// A resource list page and a details page with horizontal tabs: Details, YAML, and every
// `console.tab/horizontalNav` extension for the kind (the console's DetailsPage + HorizontalNav).
import * as React from 'react';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
  Title,
} from '@patternfly/react-core';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sModel } from '../sdk/discovery';
import { getGroupVersionKindForReference, isGroupVersionKind } from '../sdk/k8sRef';
import { ResourceIcon, ResourceLink } from '../sdk/ResourceLink';
import { useK8sWatchResource } from '../sdk/useK8sWatch';
import { translateExtensionString } from './i18n';
import { Loading, PluginComponent } from './PluginComponent';
import type { CodeRef } from './pluginLoader';
import { useExtensions } from './pluginStore';

const useGvk = (ref: string) =>
  isGroupVersionKind(ref) ? getGroupVersionKindForReference(ref) : { version: 'v1', kind: ref };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const ResourceListPage: React.FC = () => {
  const { ns, plural = '' } = useParams();
  const gvk = useGvk(plural);
  const [items, loaded, error] = useK8sWatchResource({
    groupVersionKind: gvk,
    isList: true,
    namespace: ns,
  }) as [K8sResourceCommon[], boolean, unknown];
  return (
    <PageSection>
      <Title headingLevel="h1">{gvk.kind}s</Title>
      {error ? <Alert variant="danger" isInline title={errorText(error)} /> : null}
      {!loaded && !error ? <Loading /> : null}
      <ul data-test="resource-list">
        {items.map((o) => (
          <li key={`${o.metadata?.namespace}/${o.metadata?.name}`}>
            <ResourceLink
              groupVersionKind={gvk}
              name={o.metadata?.name}
              namespace={o.metadata?.namespace}
            />
          </li>
        ))}
      </ul>
    </PageSection>
  );
};

type Tab = { href: string; name: string; render: (obj: K8sResourceCommon) => React.ReactNode };

const DetailsTab: React.FC<{ obj: K8sResourceCommon }> = ({ obj }) => (
  <DescriptionList>
    {(
      [
        ['Name', obj.metadata?.name],
        ['Namespace', obj.metadata?.namespace ?? '-'],
        ['Created', obj.metadata?.creationTimestamp ?? '-'],
        ['Resource version', obj.metadata?.resourceVersion ?? '-'],
      ] as const
    ).map(([term, value]) => (
      <DescriptionListGroup key={term}>
        <DescriptionListTerm>{term}</DescriptionListTerm>
        <DescriptionListDescription>{value}</DescriptionListDescription>
      </DescriptionListGroup>
    ))}
  </DescriptionList>
);

export const ResourceDetailsPage: React.FC = () => {
  const { ns, plural = '', name = '' } = useParams();
  const gvk = useGvk(plural);
  const [model] = useK8sModel(gvk);
  const [obj, loaded, error] = useK8sWatchResource({
    groupVersionKind: gvk,
    name,
    namespace: ns,
  }) as [K8sResourceCommon, boolean, unknown];
  const tabExtensions = useExtensions('console.tab/horizontalNav');
  const base = `/k8s/${ns ? `ns/${ns}` : 'cluster'}/${plural}/${name}`;

  const tabs: Tab[] = React.useMemo(() => {
    const pluginTabs = tabExtensions
      .filter((e) => {
        const m = e.properties.model as { group?: string; version?: string; kind: string };
        return (
          (m.group ?? '') === (gvk.group ?? '') &&
          m.kind === gvk.kind &&
          (!m.version || m.version === gvk.version)
        );
      })
      .map((e) => {
        const page = e.properties.page as { name: string; href: string };
        return {
          href: page.href,
          name: translateExtensionString(page.name),
          render: (o: K8sResourceCommon) => (
            <PluginComponent
              codeRef={e.properties.component as CodeRef}
              pluginName={e.pluginName}
              props={{ obj: o, loaded: true, params: { ns, name, plural } }}
            />
          ),
        };
      });
    return [
      { href: '', name: 'Details', render: (o) => <DetailsTab obj={o} /> },
      {
        href: 'yaml',
        name: 'YAML',
        render: (o) => <pre data-test="resource-yaml">{JSON.stringify(o, null, 2)}</pre>,
      },
      ...pluginTabs,
    ];
  }, [tabExtensions, gvk, ns, name, plural]);

  const ready = loaded && !!obj;
  return (
    <>
      <PageSection>
        <Title headingLevel="h1" data-test="resource-title">
          <ResourceIcon groupVersionKind={gvk} /> {name}
        </Title>
        <p>
          {model?.label ?? gvk.kind} {ns ? `in namespace ${ns}` : ''} ·{' '}
          <Link to={`/k8s/${ns ? `ns/${ns}` : 'all-namespaces'}/${plural}`}>all {gvk.kind}s</Link>
        </p>
        <nav aria-label="Resource tabs" className="shell-horizontal-nav">
          <ul>
            {tabs.map((t) => (
              <li key={t.href}>
                <NavLink
                  end
                  to={t.href ? `${base}/${t.href}` : base}
                  data-test={`horizontal-link-${t.href || 'details'}`}
                  className={({ isActive }) => (isActive ? 'active' : '')}
                >
                  {t.name}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </PageSection>
      <PageSection>
        {error && !ready ? (
          <Alert
            variant="danger"
            isInline
            title={errorText(error)}
            data-test="resource-load-error"
          />
        ) : null}
        {!ready && !error ? <Loading /> : null}
        {ready ? (
          <Routes>
            {tabs.map((t) => (
              <Route key={t.href} path={t.href ? `${t.href}/*` : ''} element={t.render(obj)} />
            ))}
            <Route
              path="*"
              element={<Alert variant="warning" isInline title="404: Page not found" />}
            />
          </Routes>
        ) : null}
      </PageSection>
    </>
  );
};
