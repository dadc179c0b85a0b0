import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import catalog from './locales/en/plugin__devspaces-nested-containers.json';
import { I18N_NAMESPACE } from './src/i18n';

// The console's i18next settings (key is the English text, `~` separates the namespace), with the
// generated catalog, so component tests see the English an administrator sees.
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  ns: [I18N_NAMESPACE],
  defaultNS: I18N_NAMESPACE,
  resources: { en: { [I18N_NAMESPACE]: catalog } },
  keySeparator: false,
  nsSeparator: '~',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

// The plugin's public automation contract is `data-test`, as in the console.
// findBy waits up to 20 s: lazily loaded views (React.lazy) render after their module resolves, and
// a whole PatternFly page in jsdom renders in seconds on a loaded 2-core machine (5 s was seen to
// run out there). A bound for a render that never comes, not a speed check; vitest's own is 30 s.
configure({ testIdAttribute: 'data-test', asyncUtilTimeout: 20_000 });

afterEach(() => {
  cleanup();
});
