// The console's Content-Security-Policy, as its backend sends it (../csp.ts, enforced here): the
// plugin runs under it on every release, and a violation the console attributes to the plugin is
// seen — by the console's own detector and by the fixture that fails every test on one.
import { expect, PAGE_PATH, openChecklist, test } from './fixtures';
import { buildCspDirectives } from '../csp';
import { PLUGIN_NAME } from '../backend';

test('index.html carries the console policy, its nonce on the inline scripts', async ({
  page,
  rc,
}) => {
  const res = await page.request.get(`${rc.url}${PAGE_PATH}`);
  const policy = res.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
  expect(nonce).not.toBe('');
  expect(policy).toBe(buildCspDirectives({ k8sMode: 'in-cluster', nonce }).join('; '));
  const html = await res.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
  expect(inline.length).toBeGreaterThan(0);
  for (const attrs of inline) expect(attrs).toContain(`nonce="${nonce}"`);
});

test.describe('a violation from the plugin', () => {
  test.use({ expectedProblems: [/frame-src/] });

  test('is caught by the console and by the suite', async ({ page, rc, cspViolations, seen }) => {
    await openChecklist(page, rc);
    // The page itself ran without one.
    expect(cspViolations).toEqual([]);
    // frame-src 'none': framing any of the plugin's files is refused, and attributed to the plugin.
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.dataset.e2e = 'csp';
      frame.src = src;
      document.body.appendChild(frame);
    }, `/api/plugins/${PLUGIN_NAME}/plugin-manifest.json`);
    await expect
      .poll(() => cspViolations.map((v) => `${v.effectiveDirective} ${v.blockedURI}`))
      .toEqual([`frame-src ${rc.url}/api/plugins/${PLUGIN_NAME}/plugin-manifest.json`]);
    await expect
      .poll(() => seen.consoleWarnings.join('\n'))
      .toMatch(new RegExp(`violation seems to originate from plugin ${PLUGIN_NAME}`));
    await page.evaluate(() => document.querySelector('iframe[data-e2e="csp"]')?.remove());
  });
});
