// Renders the console build's index.html as the bridge does (pkg/server/server.go indexHandler):
// a Go html/template with `[[ ]]` delimiters, given `.ServerFlags` (the jsGlobals struct, marshalled
// to JSON into `window.SERVER_FLAGS`, field order as in the struct) and `.ScriptNonce`.
// The templates of 4.20-4.22 use only `[[ .X.Y ]]`, `[[ if .X ]]`, `[[ if eq .X "lit" ]]`,
// `[[ else ]]` and `[[ end ]]`; anything else throws, so a console whose template grows fails loudly.
import { randomBytes } from 'node:crypto';

export type ServerFlagsInput = {
  version: string;
  /** The OpenShift release the console reports (checked against `@console/pluginAPI`). */
  releaseVersion: string;
  plugins: string[];
  i18nNamespaces: string[];
  authDisabled: boolean;
  /** The public URL of this server, without the trailing slash (login URLs are built on it). */
  baseURL: string;
  userSettingsLocation: 'configmap' | 'localstorage';
};

/**
 * window.SERVER_FLAGS for one console release, with the values a default cluster's console operator
 * gives the bridge (no Prometheus/Alertmanager proxy configured here, so those URLs are empty).
 * 4.20's struct lacks `techPreview` and `devConsoleProxyAvailable` (upstream/4.20/server.go).
 */
export const serverFlags = (f: ServerFlagsInput): Record<string, unknown> => {
  const minor = f.version;
  const flags: Record<string, unknown> = {
    addPage: '',
    alertManagerBaseURL: '',
    alertManagerPublicURL: '',
    alertmanagerUserWorkloadBaseURL: '',
    authDisabled: f.authDisabled,
    basePath: '/',
    branding: 'ocp',
    capabilities: [
      { name: 'LightspeedButton', visibility: { state: 'Disabled' } },
      { name: 'GettingStartedBanner', visibility: { state: 'Enabled' } },
    ],
    consolePlugins: f.plugins,
    consoleVersion: `v${f.releaseVersion}`,
    contentSecurityPolicy: '',
    controlPlaneTopology: 'HighlyAvailable',
    copiedCSVsDisabled: false,
    customFaviconsConfigured: false,
    customLogosConfigured: false,
    customLogoURL: '',
    customProductName: '',
    developerCatalogCategories: '',
    developerCatalogTypes: '',
    documentationBaseURL: `https://docs.redhat.com/en/documentation/openshift_container_platform/${minor}/`,
    GOARCH: 'amd64',
    GOOS: 'linux',
    grafanaPublicURL: '',
    graphqlBaseURL: '/api/graphql',
    i18nNamespaces: f.i18nNamespaces,
    inactivityTimeout: 0,
    kubeAdminLogoutURL: '',
    kubeAPIServerURL: 'https://api.sim.example.com:6443',
    k8sMode: 'in-cluster',
    loadTestFactor: 0,
    loginErrorURL: `${f.baseURL}/auth/error`,
    loginSuccessURL: `${f.baseURL}/`,
    loginURL: `${f.baseURL}/auth/login`,
    logoutRedirect: '',
    logoutURL: '/api/console/logout',
    nodeArchitectures: ['amd64'],
    nodeOperatingSystems: ['linux'],
    perspectives: '',
    projectAccessClusterRoles: '',
    prometheusBaseURL: '',
    prometheusPublicURL: '',
    prometheusTenancyBaseURL: '',
    quickStarts: '',
    releaseVersion: f.releaseVersion,
    statuspageID: '',
    telemetry: {},
    thanosPublicURL: '',
    techPreview: false,
    userSettingsLocation: f.userSettingsLocation,
    devConsoleProxyAvailable: true,
  };
  if (f.version === '4.20') {
    delete flags.techPreview;
    delete flags.devConsoleProxyAvailable;
  }
  return flags;
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&#34;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
/** Go's html/template JS context: JSON with <, >, & escaped so the script cannot be closed early. */
const jsJson = (v: unknown) =>
  JSON.stringify(v).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

type Data = { ServerFlags: Record<string, unknown>; ScriptNonce: string };

const lookup = (data: Data, ref: string): unknown => {
  if (!/^(\.[A-Za-z]\w*)+$/.test(ref)) throw new Error(`index.html: unsupported value ${ref}`);
  let v: unknown = data;
  for (const key of ref.slice(1).split('.')) {
    // jsGlobals fields are reached by their Go names; the JSON names are the same, lower-camel.
    const obj = v as Record<string, unknown>;
    const k = key in obj ? key : key[0].toLowerCase() + key.slice(1);
    v = obj[k];
  }
  return v;
};

const truthy = (v: unknown) => v !== undefined && v !== null && v !== false && v !== '' && v !== 0;

const condition = (data: Data, expr: string): boolean => {
  const eq = /^eq (\S+) "([^"]*)"$/.exec(expr);
  if (eq) return lookup(data, eq[1]) === eq[2];
  return truthy(lookup(data, expr));
};

export const renderIndexHtml = (
  template: string,
  flags: Record<string, unknown>,
  nonce = randomBytes(24).toString('base64url'),
): string => {
  const data: Data = { ServerFlags: flags, ScriptNonce: nonce };
  const out: string[] = [];
  // Each open `if`: whether its branch is being emitted, and whether its parent is.
  const stack: { on: boolean; parent: boolean; taken: boolean }[] = [];
  const emitting = () => stack.every((s) => s.on);
  let last = 0;
  for (const m of template.matchAll(/\[\[\s*(.*?)\s*\]\]/g)) {
    if (emitting()) out.push(template.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const action = m[1];
    if (action.startsWith('if ')) {
      const parent = emitting();
      const on = parent && condition(data, action.slice(3));
      stack.push({ on, parent, taken: on });
    } else if (action === 'else') {
      const top = stack.at(-1);
      if (!top) throw new Error('index.html: else without if');
      top.on = top.parent && !top.taken;
    } else if (action === 'end') {
      if (!stack.pop()) throw new Error('index.html: end without if');
    } else if (emitting()) {
      const v = lookup(data, action);
      // The only object-valued action is window.SERVER_FLAGS = [[ .ServerFlags ]], in a script.
      out.push(
        v !== null && typeof v === 'object'
          ? jsJson(v)
          : escapeHtml(typeof v === 'string' ? v : JSON.stringify(v ?? '')),
      );
    }
  }
  if (stack.length) throw new Error('index.html: unterminated if');
  out.push(template.slice(last));
  return out.join('');
};
