// Generates locales/en/plugin__devspaces-nested-containers.json from the t() calls in src/
// and the %plugin__…~…% names in console-extensions.json (see scripts/i18n-extensions.mjs).
export default {
  createOldCatalogs: false,
  defaultNamespace: 'plugin__devspaces-nested-containers',
  keySeparator: false,
  namespaceSeparator: '~',
  pluralSeparator: '_',
  locales: ['en'],
  input: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}'],
  output: 'locales/$LOCALE/$NAMESPACE.json',
  sort: true,
  // The key is the English text.
  defaultValue: (_locale, _namespace, key) => key,
  lexers: { tsx: ['JsxLexer'], ts: ['JavascriptLexer'] },
  failOnWarnings: false,
  verbose: false,
};
