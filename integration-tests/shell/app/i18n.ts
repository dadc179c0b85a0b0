// i18next configured like the console's (frontend/public/i18n.js): `~` namespace separator, no
// key separator, strings fetched from the backend's /locales/resource.json?lng=&ns=.
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';

const consoleBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng: string, ns: string, callback: ReadCallback) => {
    fetch(`/locales/resource.json?lng=${encodeURIComponent(lng)}&ns=${encodeURIComponent(ns)}`)
      .then(async (r) => {
        if (r.status === 404) return callback(null, {});
        if (!r.ok) return callback(new Error(`locales ${ns}/${lng}: HTTP ${r.status}`), null);
        return callback(null, (await r.json()) as Record<string, string>);
      })
      .catch((e: Error) => callback(e, null));
  },
};

export const initI18n = async (): Promise<typeof i18next> => {
  await i18next
    .use(consoleBackend)
    .use(initReactI18next)
    .init({
      lng: 'en',
      fallbackLng: 'en',
      ns: ['public'],
      defaultNS: 'public',
      nsSeparator: '~',
      keySeparator: false,
      returnEmptyString: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: true, transSupportBasicHtmlNodes: true },
    });
  return i18next;
};

/** `%plugin__name~Key%` placeholders in extension properties, translated like the console does. */
export const translateExtensionString = (value: string): string => {
  const match = /^%(.+)%$/.exec(value);
  return match ? i18next.t(match[1]) : value;
};
