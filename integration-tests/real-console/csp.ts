// The Content-Security-Policy the console's backend sends with index.html, built as
// openshift/console pkg/utils/utils.go BuildCSPDirectives builds it. The function is the same at the
// three release commits of ../shared/real-console (release-4.20 43d45bc, release-4.21 09b1c90,
// release-4.22 6fd62e5); what differs is pkg/server/server.go indexHandler: 4.20 and 4.21 send it
// only when `content-security-policy-enabled` is set (cmd/bridge/main.go: default true), 4.22 always.
// The bridge sends it as `Content-Security-Policy-Report-Only`; the tests enforce the same directives
// (header `Content-Security-Policy`) so that a violation the console would report also breaks the page.
export type CspOptions = {
  /** `in-cluster` (what the console operator runs) or `off-cluster` (a developer's bridge). */
  k8sMode: 'in-cluster' | 'off-cluster';
  /**
   * The plugins' own sources (ConsolePlugin `spec.contentSecurityPolicy`, aggregated by the console
   * operator), by directive. This plugin declares none: it loads only from its own service.
   */
  pluginSources?: Partial<
    Record<
      'default-src' | 'img-src' | 'font-src' | 'script-src' | 'style-src' | 'connect-src',
      string[]
    >
  >;
  /** The nonce of the page's inline scripts (index.html `nonce="[[ .ScriptNonce ]]"`). */
  nonce: string;
  /** The `Test-CSP-Reporting-Endpoint` request header, for tests (adds `report-uri`). */
  reportingEndpoint?: string;
};

const CONSOLE_DOT = 'console.redhat.com';
const SELF = "'self'";
const LOCALHOST = ['http://localhost:8080', 'ws://localhost:8080'];

/** The directives, in the order the bridge joins them with "; ". */
export const buildCspDirectives = (o: CspOptions): string[] => {
  const off = o.k8sMode === 'off-cluster';
  const d = {
    'base-uri': [SELF, ...(off ? LOCALHOST : [])],
    'default-src': [SELF, CONSOLE_DOT, ...(off ? LOCALHOST : [])],
    'img-src': [SELF, ...(off ? [LOCALHOST[0]] : [])],
    'font-src': [SELF, ...(off ? [LOCALHOST[0]] : [])],
    'script-src': [SELF, CONSOLE_DOT, ...(off ? LOCALHOST : [])],
    'style-src': [SELF, ...(off ? [LOCALHOST[0]] : [])],
    'object-src': [SELF, ...(off ? [LOCALHOST[0]] : [])],
    'connect-src': [SELF, CONSOLE_DOT, ...(off ? [LOCALHOST[0]] : [])],
  };
  for (const [directive, sources] of Object.entries(o.pluginSources ?? {}))
    d[directive as keyof typeof d].push(...(sources ?? []));
  d['img-src'].push('data:');
  d['font-src'].push('data:');
  d['script-src'].push("'unsafe-eval'", `'nonce-${o.nonce}'`);
  d['style-src'].push("'unsafe-inline'");
  const order = [
    'base-uri',
    'default-src',
    'img-src',
    'font-src',
    'script-src',
    'style-src',
  ] as const;
  return [
    ...order.map((k) => [k, ...d[k]].join(' ')),
    ['connect-src', ...d['connect-src']].join(' '),
    ['object-src', ...d['object-src']].join(' '),
    "frame-src 'none'",
    "frame-ancestors 'none'",
    ...(o.reportingEndpoint ? [`report-uri ${o.reportingEndpoint}`] : []),
  ];
};

/**
 * Which plugin a violation comes from, by the console's own rule (console-app
 * useCSPViolationDetector.tsx getPluginNameFromResourceURL): the blocked URI or the source file
 * under `<base>api/plugins/<name>/`.
 */
export const pluginOfViolation = (
  v: { blockedURI?: string; sourceFile?: string },
  baseURI: string,
): string | null => {
  const prefix = `${baseURI}api/plugins/`;
  for (const url of [v.blockedURI, v.sourceFile])
    if (url?.startsWith(prefix)) return url.slice(prefix.length).split('/')[0];
  return null;
};
