// What differs between console releases when loading a plugin. 4.20 and 4.21 share one shell
// bundle (React 17, react-i18next 11, react-router 5 + v5-compat: entry-4.21.tsx); 4.22 has its own
// (React 18, react-i18next 16, react-router 7: entry-4.22.tsx).
export type ConsoleProfile = {
  /** The console release the plugin's `@console/pluginAPI` dependency is checked against. */
  release: string;
  /** Which shell bundle (app/entry-<shell>.tsx) this console runs. */
  shell: '4.21' | '4.22';
  /** The plugin build this console needs (the chart's ConsolePlugin basePath picks it). */
  pluginBuild: '4.21' | '4.22';
  /** Global the plugin entry script calls: `window[entryCallback](pluginId, container)`. */
  entryCallback: '__load_plugin_entry__' | 'loadPluginEntry';
  /** The id the entry script passes back, from the manifest. */
  pluginId: (manifest: { name: string; version: string }) => string;
  /**
   * 4.22 still defines `window.loadPluginEntry("name@version", c)` so SDK 4.21 builds load
   * (deprecated; a later console may drop it).
   */
  legacyEntryCallback: boolean;
  /** Manifest registration methods this console accepts. */
  registrationMethods: string[];
};

const legacy = (release: string): ConsoleProfile => ({
  release,
  shell: '4.21',
  pluginBuild: '4.21',
  entryCallback: 'loadPluginEntry',
  pluginId: (m) => `${m.name}@${m.version}`,
  legacyEntryCallback: false,
  registrationMethods: ['callback'],
});

export const CONSOLE_PROFILES: Record<string, ConsoleProfile> = {
  '4.20': legacy('4.20.0'),
  '4.21': legacy('4.21.0'),
  '4.22': {
    release: '4.22.0',
    shell: '4.22',
    pluginBuild: '4.22',
    entryCallback: '__load_plugin_entry__',
    pluginId: (m) => m.name,
    legacyEntryCallback: true,
    registrationMethods: ['callback'],
  },
};

export const consoleProfile = (version: string): ConsoleProfile => {
  const profile = CONSOLE_PROFILES[version];
  if (!profile) {
    throw new Error(
      `Unknown console version ${version}; one of ${Object.keys(CONSOLE_PROFILES).join(', ')}`,
    );
  }
  return profile;
};
