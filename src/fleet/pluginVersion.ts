// The build defines PLUGIN_VERSION from package.json (webpack.config.js); tests run without it.
declare const PLUGIN_VERSION: string | undefined;

/** This plugin's version, as its ConsolePlugin manifest states it: written into every report. */
export const pluginVersion = (): string =>
  typeof PLUGIN_VERSION === 'undefined' ? 'development' : PLUGIN_VERSION;
