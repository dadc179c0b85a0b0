// Administration › Dynamic plugins: every plugin's status, its extensions, and an eager check that
// each code reference resolves (the console resolves them lazily and reports failures on use).
import * as React from 'react';
import { Alert, List, ListItem, PageSection, Title } from '@patternfly/react-core';
import { resolveAllCodeRefs, type LoadedPlugin } from './pluginLoader';
import { usePluginState } from './pluginStore';

const CodeRefCheck: React.FC<{ plugin: LoadedPlugin }> = ({ plugin }) => {
  const [results, setResults] = React.useState<{ ref: string; error?: string }[]>();
  React.useEffect(() => {
    let live = true;
    void resolveAllCodeRefs(plugin).then((r) => live && setResults(r));
    return () => {
      live = false;
    };
  }, [plugin]);
  if (!results) return <p>Resolving code references…</p>;
  return (
    <List data-test="code-refs" data-state={results.some((r) => r.error) ? 'failed' : 'resolved'}>
      {results.map((r) => (
        <ListItem
          key={r.ref}
          data-test={`code-ref-${r.ref}`}
          data-status={r.error ? 'error' : 'ok'}
        >
          <code>{r.ref}</code>: {r.error ?? 'resolved'}
        </ListItem>
      ))}
    </List>
  );
};

export const PluginsPage: React.FC = () => {
  const { plugins, failures, loading } = usePluginState();
  return (
    <PageSection>
      <Title headingLevel="h1">Dynamic plugins</Title>
      {loading ? <p>Loading plugins…</p> : null}
      {failures.map((f) => (
        <Alert
          key={f.name}
          variant="danger"
          isInline
          title={`${f.name}: failed`}
          data-test={`plugin-status-${f.name}`}
          data-status="failed"
        >
          {f.error}
        </Alert>
      ))}
      {plugins.map((p) => (
        <section key={p.name} data-test={`plugin-status-${p.name}`} data-status="loaded">
          <Title headingLevel="h2">
            {p.manifest.customProperties?.console?.displayName ?? p.name} ({p.name}{' '}
            {p.manifest.version}): loaded
          </Title>
          {p.warnings.map((w) => (
            <Alert key={w} variant="warning" isInline title={w} data-test="plugin-warning" />
          ))}
          <p>Extensions: {p.manifest.extensions.map((e) => e.type).join(', ')}</p>
          <CodeRefCheck plugin={p} />
        </section>
      ))}
    </PageSection>
  );
};
