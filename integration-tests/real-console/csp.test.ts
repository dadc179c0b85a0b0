import { describe, expect, it } from 'vitest';
import { buildCspDirectives, pluginOfViolation } from './csp';

// The literals are BuildCSPDirectives' output read off openshift/console pkg/utils/utils.go at the
// release-4.20/4.21/4.22 commits of ../shared/real-console (the function is the same in all three).
describe('the console Content-Security-Policy', () => {
  it('in-cluster, no plugin sources: the directives in the bridge order', () => {
    expect(buildCspDirectives({ k8sMode: 'in-cluster', nonce: 'n0nce' })).toEqual([
      "base-uri 'self'",
      "default-src 'self' console.redhat.com",
      "img-src 'self' data:",
      "font-src 'self' data:",
      "script-src 'self' console.redhat.com 'unsafe-eval' 'nonce-n0nce'",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self' console.redhat.com",
      "object-src 'self'",
      "frame-src 'none'",
      "frame-ancestors 'none'",
    ]);
  });

  it('off-cluster with a plugin source and a reporting endpoint', () => {
    expect(
      buildCspDirectives({
        k8sMode: 'off-cluster',
        nonce: 'x',
        pluginSources: { 'connect-src': ['https://api.example.com'] },
        reportingEndpoint: '/csp-report',
      }),
    ).toEqual([
      "base-uri 'self' http://localhost:8080 ws://localhost:8080",
      "default-src 'self' console.redhat.com http://localhost:8080 ws://localhost:8080",
      "img-src 'self' http://localhost:8080 data:",
      "font-src 'self' http://localhost:8080 data:",
      "script-src 'self' console.redhat.com http://localhost:8080 ws://localhost:8080 'unsafe-eval' 'nonce-x'",
      "style-src 'self' http://localhost:8080 'unsafe-inline'",
      "connect-src 'self' console.redhat.com http://localhost:8080 https://api.example.com",
      "object-src 'self' http://localhost:8080",
      "frame-src 'none'",
      "frame-ancestors 'none'",
      'report-uri /csp-report',
    ]);
  });

  it('attributes a violation to a plugin as the console does (blocked URI, else source file)', () => {
    const base = 'https://console.example.com/';
    expect(
      pluginOfViolation(
        { blockedURI: `${base}api/plugins/devspaces-nested-containers/x.js`, sourceFile: '' },
        base,
      ),
    ).toBe('devspaces-nested-containers');
    expect(
      pluginOfViolation(
        { blockedURI: 'https://evil.example.com/', sourceFile: `${base}api/plugins/other/a.js` },
        base,
      ),
    ).toBe('other');
    expect(
      pluginOfViolation({ blockedURI: 'inline', sourceFile: `${base}static/main.js` }, base),
    ).toBeNull();
  });
});
