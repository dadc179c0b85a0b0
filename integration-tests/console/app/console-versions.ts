// What differs between console releases when loading a plugin. Only 4.22 is implemented; a
// 4.20/4.21 profile needs its own shell entry bundling React 17 and react-i18next 11 (see
// README.md "Adding a console version").
export type ConsoleProfile = {
  /** The console release the plugin's `@console/pluginAPI` dependency is checked against. */
  release: string;
  /** Global the plugin entry script calls: `window[entryCallback](pluginId, container)`. */
  entryCallback: '__load_plugin_entry__' | 'loadPluginEntry';
  /** The id the entry script passes back, from the manifest. */
  pluginId: (manifest: { name: string; version: string }) => string;
  /** Manifest registration methods this console accepts. */
  registrationMethods: string[];
};

export const CONSOLE_PROFILES: Record<string, ConsoleProfile> = {
  '4.22': {
    release: '4.22.0',
    entryCallback: '__load_plugin_entry__',
    pluginId: (m) => m.name,
    registrationMethods: ['callback'],
  },
};
