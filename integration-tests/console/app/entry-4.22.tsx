// Shell entry for console 4.22: React 18.3, react-i18next 16.5, react-router 7, the
// `__load_plugin_entry__(name, container)` callback.
import React from 'react';
import * as ReactI18next from 'react-i18next';
import * as ReactRouter from 'react-router';
import { createRoot } from 'react-dom/client';
import { startApiDiscovery } from '../sdk/discovery';
import { registerModelFlags, type ModelFlag } from '../sdk/flags';
import { createSdkModule } from '../sdk';
import { App, type ShellConfig } from './App';
import { CONSOLE_PROFILES } from './console-versions';
import { initI18n } from './i18n';
import { loadPlugin, type LoadedPlugin } from './plugin-loader';
import { pluginStore } from './plugin-store';
import { createShareScope } from './share-scope';
import './shell.css';

declare const __SHARED_VERSIONS__: Record<string, string>;

const bootstrap = async () => {
  const config = (await (await fetch('/shell-config.json')).json()) as ShellConfig;
  const profile = CONSOLE_PROFILES[config.console];
  const i18n = await initI18n();
  startApiDiscovery();
  const scope = createShareScope([
    { name: 'react', version: __SHARED_VERSIONS__.react, module: React },
    { name: 'react-i18next', version: __SHARED_VERSIONS__['react-i18next'], module: ReactI18next },
    { name: 'react-router', version: __SHARED_VERSIONS__['react-router'], module: ReactRouter },
    // Deprecated alias the console still provides; react-router 7 carries the same API.
    { name: 'react-router-dom', version: __SHARED_VERSIONS__['react-router'], module: ReactRouter },
    {
      name: '@openshift-console/dynamic-plugin-sdk',
      version: profile.release,
      module: createSdkModule(),
    },
  ]);

  createRoot(document.getElementById('app')!).render(<App config={config} />);

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
  pluginStore.set({ loading: false, plugins, failures });
};

void bootstrap();
