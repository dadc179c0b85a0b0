/** The i18next namespace the console loads this plugin's strings from. */
export const I18N_NAMESPACE = 'plugin__devspaces-nested-containers';
