// The loaded plugins, their failures and the extensions in use, for the shell's React tree.
import * as React from 'react';
// React's own useSyncExternalStore on 18; a polyfill on React 17 (the 4.20/4.21 shell).
import { useSyncExternalStore } from 'use-sync-external-store/shim';
import { createStore } from '../sdk/store';
import { flagStore } from '../sdk/flags';
import type { LoadedPlugin, PluginExtension } from './pluginLoader';

export type PluginState = {
  /** The console-provided modules in the share scope, `name version`. */
  shared: string[];
  loading: boolean;
  plugins: LoadedPlugin[];
  failures: { name: string; error: string }[];
};

export const pluginStore = createStore<PluginState>({
  shared: [],
  loading: true,
  plugins: [],
  failures: [],
});

export const usePluginState = (): PluginState =>
  useSyncExternalStore(pluginStore.subscribe, pluginStore.get);

const flagsAllow = (e: PluginExtension, flags: Readonly<Record<string, boolean | undefined>>) =>
  (e.flags?.required ?? []).every((f) => flags[f] === true) &&
  (e.flags?.disallowed ?? []).every((f) => flags[f] === false);

/** Extensions of `type` whose feature flags are resolved and allow them (the console's useExtensions). */
export const useExtensions = (type: string): PluginExtension[] => {
  const { plugins } = usePluginState();
  const flags = useSyncExternalStore(flagStore.subscribe, flagStore.get);
  return React.useMemo(
    () =>
      plugins.flatMap((p) => p.extensions).filter((e) => e.type === type && flagsAllow(e, flags)),
    [plugins, flags, type],
  );
};
