// Starts the shell for one console release: i18n, API discovery, the share scope of the
// console-provided singletons, the React tree, then each plugin (manifest, entry, init).
// entry-4.22.tsx and entry-4.21.tsx only supply what differs: React's render call, the router
// and the modules in the share scope.
import * as React from 'react';
import { startApiDiscovery } from '../sdk/discovery';
import { registerModelFlags, type ModelFlag } from '../sdk/flags';
import { createSdkModule } from '../sdk';
import { App, type ShellConfig, type ShellRouter } from './App';
import { consoleProfile, type ConsoleProfile } from './consoleVersions';
import { initI18n } from './i18n';
import { loadPlugin, type LoadedPlugin } from './pluginLoader';
import { pluginStore } from './pluginStore';
import { createShareScope, type ProvidedModule } from './shareScope';
import './shell.css';

export type ShellRuntime = {
  render: (element: React.ReactElement, container: HTMLElement) => void;
  Router: ShellRouter;
  /** The console-provided shared modules other than the SDK (added here for every release). */
  provided: ProvidedModule[];
};

export const startShell = async ({ render, Router, provided }: ShellRuntime): Promise<void> => {
  const config = (await (await fetch('/shell-config.json')).json()) as ShellConfig;
  const profile: ConsoleProfile = consoleProfile(config.console);
  const i18n = await initI18n();
  startApiDiscovery();
  const scope = createShareScope([
    ...provided,
    {
      name: '@openshift-console/dynamic-plugin-sdk',
      version: profile.release,
      module: createSdkModule(),
    },
  ]);

  pluginStore.set({
    ...pluginStore.get(),
    shared: Object.entries(scope).flatMap(([n, versions]) =>
      Object.keys(versions).map((v) => `${n} ${v}`),
    ),
  });
  render(<App config={config} Router={Router} />, document.getElementById('app')!);

  const plugins: LoadedPlugin[] = [];
  const failures: { name: string; error: string }[] = [];
  for (const name of config.plugins) {
    try {
      // The console loads each plugin's locale namespace before rendering its extensions.
      await i18n.loadNamespaces(`plugin__${name}`);
      const plugin = await loadPlugin(name, profile, scope);
      registerModelFlags(
        plugin.extensions
          .filter((e) => e.type === 'console.flag/model')
          .map((e) => e.properties as unknown as ModelFlag),
      );
      plugins.push(plugin);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      console.error(`Failed to load plugin ${name}: ${error}`);
      failures.push({ name, error });
    }
  }
  pluginStore.set({ ...pluginStore.get(), loading: false, plugins, failures });
};
