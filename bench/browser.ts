// npm run bench: a report, not a test. First, in the real consoles (4.20, 4.21, 4.22;
// bench/realConsole.ts): the plugin JavaScript fetched to open the page (per file, gzip, against
// the budget), PatternFly/react-dom copies of the plugin's that load, API requests at open and
// while idle, and in-app navigation to the evaluated checklist as a ratio to the console's own
// CheCluster list page, on the default scenario and 10k workspaces. Then, secondary, the same in
// the project's console shell. BENCH_CONSOLES=4.22 limits the consoles; BENCH_SHELL=0 skips the shell.
import { chromium, type Browser } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../integration-tests/chromium';
import { buildShell } from '../integration-tests/shell/buildShell';
import { ensurePluginBuild } from '../integration-tests/shell/pluginBuild';
import { startConsoleServer, type ConsoleServer } from '../integration-tests/shell/server';
import {
  REAL_CONSOLE_VERSIONS,
  type RealConsoleVersion,
} from '../integration-tests/real-console/consoleBuild';
import { measureRealConsole, type RealConsoleReport } from './realConsole';
import { describeRequests } from './requestResources';

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(ROOT, 'integration-tests/.results');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 30_000);
// Budget for the plugin's own JavaScript on the page, gzip. The console provides React, i18next
// and the SDK (never bundled: the report below checks). What the plugin must bring, measured on
// the 0.1 build: the PatternFly React components it renders (labels, expandable sections,
// clipboard copy, modal, tooltip with popper, focus-trap/tabbable, icons) ~110 KB; react-dom
// ~40 KB, which PatternFly's portals import and the console does not share with plugins;
// @patternfly/react-table and the lodash it uses ~23 KB; yaml and semver (remedy YAML, version
// parsing) ~23 KB; the plugin's own code ~20 KB. 230 KB keeps ~7% headroom over that and fails a
// build that starts bundling a console-provided module (React alone is ~45 KB gzip).
const BUDGET_GZIP = 230 * 1024;
// The goals in the real consoles (issues 11 and 22): plugin JavaScript fetched to open the page,
// entry included, and navigation no slower than 1.5x the console's own CheCluster list page.
// 4.20/4.21 share no PatternFly and no react-dom with plugins, so the plugin brings what it renders
// there; 4.22 shares both. 10k workspaces may cost the larger chunks of the workspace views.
const realBudgetGzip = (version: RealConsoleVersion, scenario: string): number =>
  (version === '4.22' ? (scenario === 'default' ? 50 : 60) : 100) * 1024;
const REAL_NAV_RATIO = 1.5;
const REAL_RUNS = Number(process.env.BENCH_REAL_RUNS ?? 7);
const CONSOLES = (process.env.BENCH_CONSOLES?.split(',') ?? [
  ...REAL_CONSOLE_VERSIONS,
]) as RealConsoleVersion[];
const PAGE = '/devspaces-nested-containers';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const settle = async (browser: Browser, url: string): Promise<number> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.locator('[data-test="nested-containers-state"]').first().waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-test="loading"]') &&
      document.querySelectorAll('[data-test^="check-"][data-status]').length > 0,
    undefined,
    { timeout: 120_000 },
  );
  const ms = Date.now() - start;
  await context.close();
  return ms;
};

const isDiscovery = (p: string) =>
  /^\/api\/kubernetes\/(apis|api\/v1|apis\/[^/]+\/[^/]+)$/.test(p.split('?')[0]);

const realConsoleSection = (reports: RealConsoleReport[]): string[] => {
  const lines = [
    '## In the real consoles',
    '',
    `Budget: plugin JavaScript to open the page <= 100 KB gzip on 4.20/4.21, <= 50 KB on 4.22 (60 KB with 10k workspaces); navigation to the whole answer (every check answered) <= ${REAL_NAV_RATIO}x the console's CheCluster list page (median of ${REAL_RUNS}, alternating, warm console).`,
    '',
    '| console | scenario | plugin JS files | gzip | PatternFly / react-dom files of the plugin loaded | whole answer (median) | CheCluster list (median) | ratio | page errors |',
    '|---|---|---:|---:|---|---:|---:|---:|---:|',
  ];
  for (const r of reports) {
    const gz = r.js.reduce((a, f) => a + f.gzip, 0);
    const pf = r.js.filter((f) => f.patternfly).length;
    const rd = r.js.filter((f) => f.reactDom).length;
    const ratio = median(r.pluginMs) / median(r.listMs);
    lines.push(
      `| ${r.version} | ${r.scenario} | ${r.js.length} | ${kb(gz)} **${gz <= realBudgetGzip(r.version, r.scenario) ? 'within' : 'OVER'}** | ${pf} PatternFly, ${rd} react-dom${!pf && !rd ? '' : r.sharesPatternFly ? ' **copies loaded**' : ' (the console shares no PatternFly: the only copy)'} | ${median(r.pluginMs).toFixed(0)} ms | ${median(r.listMs).toFixed(0)} ms | ${ratio.toFixed(2)} **${ratio <= REAL_NAV_RATIO ? 'within' : 'OVER'}** | ${r.pageErrors.length} |`,
    );
  }
  for (const r of reports) {
    lines.push(
      '',
      `### ${r.version}, ${r.scenario}: plugin JavaScript fetched to open the page`,
      '',
    );
    lines.push('| file | raw | gzip | holds |', '|---|---:|---:|---|');
    for (const f of [...r.js].sort((a, b) => b.gzip - a.gzip))
      lines.push(
        `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${[f.patternfly && 'PatternFly', f.reactDom && 'react-dom'].filter(Boolean).join(', ') || 'plugin code'} |`,
      );
    lines.push(
      '',
      `API requests at open (${r.apiAtOpen.length}), each with what it reads and the checks that need it:`,
      '',
      ...describeRequests(r.apiAtOpen).map((l) => `- ${l}`),
      '',
      `Watches opened (${r.watchesAtOpen.length}).`,
      `Requests while idle (${IDLE_MS / 1000} s): ${r.idle.length}${r.idle.length ? `: ${r.idle.join('; ')}` : ''}.`,
    );
  }
  return lines;
};

const main = async () => {
  const realReports: RealConsoleReport[] = [];
  {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    });
    for (const version of CONSOLES) {
      const pluginDir =
        version === '4.22'
          ? ensurePluginBuild('dist-e2e')
          : ensurePluginBuild('dist-e2e-4.21', '4.21');
      for (const scenario of [undefined, 'integration-tests/scenarios/workspaces-10k.yaml']) {
        console.log(`Measuring in the real console ${version} (${scenario ?? 'default'})`);
        realReports.push(
          await measureRealConsole(browser, {
            version,
            pluginDir,
            scenario,
            runs: REAL_RUNS,
            idleMs: scenario ? 0 : IDLE_MS,
          }),
        );
      }
    }
    await browser.close();
  }
  if (process.env.BENCH_SHELL === '0') {
    const lines = ['# Benchmarks (npm run bench)', '', ...realConsoleSection(realReports)];
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(path.join(RESULTS, 'bench.md'), `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
    return;
  }
  const pluginDir = ensurePluginBuild('dist-e2e');
  await buildShell('4.22', 'production');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const lines: string[] = [
    '# Benchmarks (npm run bench)',
    '',
    `Date: ${new Date().toISOString()}; machine: ${process.arch}, Node ${process.version}, Chromium headless.`,
    '',
    ...realConsoleSection(realReports),
    '',
    "## Secondary: in the project's console shell",
    '',
  ];

  // 1. JavaScript loaded to open the page (default scenario), and the API traffic.
  let server: ConsoleServer = await startConsoleServer({
    pluginDir: 'dist-e2e',
    mode: 'production',
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(new URL(ws.url()).pathname + new URL(ws.url()).search));
  await page.goto(`${server.url}${PAGE}`);
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-test="loading"]') &&
      document.querySelectorAll('[data-test^="check-"][data-status]').length > 0,
  );
  // Watches open once their lists return; start the idle window after they settled.
  await page.waitForTimeout(3000);
  const openedAt = Date.now();
  const served = [...server.served];
  const js = served.filter((r) => /\.js(\?|$)/.test(r.path));
  const rows = js.map((r) => {
    const rel = r.path.split('?')[0];
    const file = rel.startsWith('/api/plugins/')
      ? path.join(pluginDir, rel.replace(/^\/api\/plugins\/[^/]+\//, ''))
      : path.join(ROOT, 'dist-shell', rel.replace(/^\/shell\//, ''));
    const body = readFileSync(file);
    return {
      owner: rel.startsWith('/api/plugins/') ? 'plugin' : 'console shell',
      file: path.basename(file),
      raw: body.length,
      gzip: gzipSync(body).length,
    };
  });
  const plugin = rows.filter((r) => r.owner === 'plugin');
  const sum = (rs: typeof rows, k: 'raw' | 'gzip') => rs.reduce((a, r) => a + r[k], 0);
  lines.push(
    '## JavaScript loaded to open the page (default scenario)',
    '',
    '| owner | file | raw | gzip |',
    '|---|---|---:|---:|',
  );
  for (const r of rows.sort((a, b) => b.gzip - a.gzip))
    lines.push(`| ${r.owner} | ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
  lines.push(
    '',
    `Plugin total: ${plugin.length} files, ${kb(sum(plugin, 'raw'))} raw, ${kb(sum(plugin, 'gzip'))} gzip; budget ${kb(BUDGET_GZIP)} gzip: **${sum(plugin, 'gzip') <= BUDGET_GZIP ? 'within' : 'OVER'}**.`,
  );
  const bundled = plugin.filter((r) =>
    /react-dom|react\.production|i18next/.test(
      readFileSync(path.join(pluginDir, r.file), 'utf8').slice(0, 2000),
    ),
  );
  lines.push(
    `Console-provided modules found bundled in plugin chunks: ${bundled.length ? bundled.map((r) => r.file).join(', ') : 'none'}.`,
    "(The console shell row is the stand-in for the console itself: not the plugin's cost.)",
    '',
  );

  const api = served.filter((r) => r.path.startsWith('/api/kubernetes/'));
  const discovery = api.filter((r) => isDiscovery(r.path));
  const pluginApi = api.filter((r) => !isDiscovery(r.path) && !/[?&]watch=/.test(r.path));
  await page.waitForTimeout(IDLE_MS);
  const idle = server.served.filter(
    (r) => r.at > openedAt && r.path.startsWith('/api/kubernetes/'),
  );
  lines.push(
    '',
    `## Requests during ${IDLE_MS / 1000} s idle`,
    '',
    `${idle.length} requests: ${idle.map((r) => `${r.method} ${r.path.replace('/api/kubernetes', '')}`).join('; ') || 'none'}.`,
  );
  lines.push(
    '(The console re-GETs each single-object watch every 30 s and re-runs discovery every 60 s; the shell does the same, so those appear here if the window catches them.)',
    '',
  );
  const watches = server.cluster.requestLog().filter((r) => r.watch);
  const watchKeys = watches.map(
    (w) => `${w.path}?${w.query.replace(/&?resourceVersion=[^&]*/, '')}`,
  );
  const dupes = watchKeys.filter((k, i) => watchKeys.indexOf(k) !== i);
  lines.push('## API requests and watches on opening the page (default scenario)', '');
  lines.push(
    `- Console discovery (the console's own, not the plugin's): ${discovery.length} requests.`,
  );
  lines.push(
    `- Plugin reads (list/get/SSAR): ${pluginApi.length}: ${pluginApi.map((r) => `${r.method} ${r.path.replace('/api/kubernetes', '')}`).join('; ')}`,
  );
  lines.push(
    `- Watches (WebSockets, counted at the end of the idle window): ${sockets.length} opened by the page, ${watches.length} served by the cluster, duplicates for the same resource: ${dupes.length}.`,
  );
  for (const w of watchKeys) lines.push(`  - ${w.replace('/api/kubernetes', '')}`);

  await context.close();
  await server.close();

  // 2. Time to the evaluated checklist.
  lines.push(
    `## Navigation to evaluated checklist, median of ${RUNS} cold loads`,
    '',
    '| scenario | median | min | max |',
    '|---|---:|---:|---:|',
  );
  for (const scenario of [
    'integration-tests/scenarios/default',
    'integration-tests/scenarios/workspaces-10k.yaml',
  ]) {
    server = await startConsoleServer({
      scenario,
      pluginDir: 'dist-e2e',
      mode: 'production',
      operatorDelayMs: 500,
    });
    await settle(browser, `${server.url}${PAGE}`); // warm the server (scenario generation, caches)
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await settle(browser, `${server.url}${PAGE}`));
    lines.push(
      `| ${path.basename(scenario)} | ${median(times)} ms | ${Math.min(...times)} ms | ${Math.max(...times)} ms |`,
    );
    await server.close();
  }
  await browser.close();

  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, 'bench.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
  console.log(`\nWritten to ${path.relative(ROOT, path.join(RESULTS, 'bench.md'))}`);
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
