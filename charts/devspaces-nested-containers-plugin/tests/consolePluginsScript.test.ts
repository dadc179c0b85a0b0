// files/console-plugins.sh, the hook Jobs' script, run with Debian's sh and the real kubectl against
// the simulated cluster, which holds the console operator object under openshift/api's Console CRD
// and applies JSON patches (a failed `test` is the API server's 422). What an administrator cares
// about: only this plugin is added or removed, other plugins stay as they are, and a concurrent
// change is never overwritten.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { K8sObjectLike, Scenario } from '../../../integration-tests/cluster';
import { serveForKubectl } from '../../../integration-tests/tools/kubectlCluster';
import type { KubectlCluster } from '../../../integration-tests/tools/kubectlCluster';
import { CHART_DIR } from './helm';
import { crdValidator } from './manifests';

const SCRIPT = path.join(CHART_DIR, 'files/console-plugins.sh');
const NAME = 'devspaces-nested-containers';
const CONSOLE_CRD = parse(
  readFileSync(
    path.join(CHART_DIR, '../../reference/crds/0000_50_console_01_consoles.crd.yaml'),
    'utf8',
  ),
) as K8sObjectLike;

interface Console {
  apiVersion: string;
  kind: string;
  metadata: { name: string; resourceVersion: string };
  spec: { managementState: string; plugins?: string[] };
}

const validConsole = crdValidator('0000_50_console_01_consoles.crd.yaml');

let sim: KubectlCluster | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function cluster(plugins?: string[]) {
  const console: Console = {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'Console',
    metadata: { name: 'cluster', resourceVersion: '' },
    spec: { managementState: 'Managed', ...(plugins ? { plugins } : {}) },
  };
  const scenario: Scenario = {
    name: 'console-plugins',
    source: 'consolePluginsScript.test.ts',
    hasHeader: true,
    header: { operator: { enabled: false } },
    objects: [CONSOLE_CRD, console as unknown as K8sObjectLike],
  };
  const s = await serveForKubectl(scenario);
  sim = s;
  const read = (): Console => {
    const current = s.cluster
      .objects()
      .find((o) => o.kind === 'Console' && o.metadata?.name === 'cluster') as unknown as Console;
    const { metadata, ...rest } = current;
    expect(validConsole({ ...rest, metadata }), JSON.stringify(validConsole.errors)).toBe(true);
    return current;
  };
  const patches = () =>
    s.cluster
      .requestLog()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/consoles/cluster'));
  /** Before each of the script's next patches arrives, another writer appends the next name. */
  const raceBeforePatch = (...names: string[]) => {
    const left = [...names];
    s.beforeRequest((method, url) => {
      if (left.length === 0 || method !== 'PATCH') return;
      if (!url.split('?')[0].endsWith('/consoles/cluster')) return;
      const now = read();
      const plugins = [...(now.spec.plugins ?? []), left.shift() as string];
      s.cluster.update({ ...now, spec: { ...now.spec, plugins } });
    });
  };
  const run = (action: string, env: Record<string, string> = {}) =>
    s.run('sh', [SCRIPT, action], { PLUGIN_NAME: NAME, RETRY_DELAY: '0', ...env });
  return { run, read, patches, raceBeforePatch };
}

describe('enable (post-install, post-upgrade)', () => {
  it('appends the plugin after the ones already enabled, leaving them untouched', async () => {
    const c = await cluster(['monitoring-plugin', 'odf-console']);
    const result = await c.run('enable');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`enable: ${NAME} in consoles.operator.openshift.io/cluster`);
    expect(c.read().spec.plugins).toEqual(['monitoring-plugin', 'odf-console', NAME]);
    expect(c.patches()).toHaveLength(1);
  });

  it('creates the list when no plugin is enabled yet', async () => {
    const c = await cluster();
    const result = await c.run('enable');
    expect(result.status, result.stderr).toBe(0);
    expect(c.read().spec.plugins).toEqual([NAME]);
  });

  it('changes nothing when the plugin is already enabled (upgrades)', async () => {
    const c = await cluster([NAME, 'odf-console']);
    const before = c.read().metadata.resourceVersion;
    const result = await c.run('enable');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('nothing to change');
    expect(c.patches()).toEqual([]);
    expect(c.read().metadata.resourceVersion).toBe(before);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const c = await cluster(['odf-console']);
    expect((await c.run('enable')).status).toBe(0);
    const after = c.read();
    const again = await c.run('enable');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('nothing to change');
    expect(c.read()).toEqual(after);
  });

  it('keeps a plugin another writer added between the read and the patch', async () => {
    const c = await cluster(['odf-console']);
    c.raceBeforePatch('added-meanwhile');
    const result = await c.run('enable');
    expect(result.status, result.stderr).toBe(0);
    // The API server's answer to the failed `test`, as kubectl prints it, then the retry.
    expect(result.stderr).toContain(
      'The request is invalid: the server rejected our request due to an error in our request',
    );
    expect(result.stderr).toContain('spec.plugins changed while patching; reading it again');
    expect(c.read().spec.plugins).toEqual(['odf-console', 'added-meanwhile', NAME]);
    expect(c.patches()).toHaveLength(2);
  });

  it('keeps a concurrent first plugin when the list did not exist yet', async () => {
    const c = await cluster();
    c.raceBeforePatch('first');
    const result = await c.run('enable');
    expect(result.status, result.stderr).toBe(0);
    expect(c.read().spec.plugins).toEqual(['first', NAME]);
  });

  it('fails loudly, without overwriting, when the list keeps changing', async () => {
    const c = await cluster(['odf-console']);
    c.raceBeforePatch('w1', 'w2');
    const result = await c.run('enable', { ATTEMPTS: '2' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`could not enable ${NAME}`);
    expect(c.read().spec.plugins).toEqual(['odf-console', 'w1', 'w2']);
  });

  it('carries unusual names of other plugins through unchanged', async () => {
    const odd = ['quote"d', 'back\\slash', 'spaced name'];
    const c = await cluster(odd);
    const result = await c.run('enable');
    expect(result.status, result.stderr).toBe(0);
    expect(c.read().spec.plugins).toEqual([...odd, NAME]);
  });
});

describe('disable (pre-delete)', () => {
  it('removes only this plugin, every occurrence, keeping the order of the rest', async () => {
    const c = await cluster(['a', NAME, 'b', NAME, 'c']);
    const result = await c.run('disable');
    expect(result.status, result.stderr).toBe(0);
    expect(c.read().spec.plugins).toEqual(['a', 'b', 'c']);
  });

  it('changes nothing when the plugin is not enabled', async () => {
    const c = await cluster(['a']);
    expect((await c.run('disable')).status).toBe(0);
    expect(c.patches()).toEqual([]);
    expect(c.read().spec.plugins).toEqual(['a']);
  });

  it('keeps a plugin another writer added meanwhile', async () => {
    const c = await cluster([NAME, 'a']);
    c.raceBeforePatch('late');
    const result = await c.run('disable');
    expect(result.status, result.stderr).toBe(0);
    expect(c.read().spec.plugins).toEqual(['a', 'late']);
  });
});

it('refuses to run without an action or a plugin name', async () => {
  const c = await cluster(['a']);
  expect((await c.run('toggle')).status).toBe(2);
  expect((await c.run('enable', { PLUGIN_NAME: '' })).status).toBe(2);
  expect(c.read().spec.plugins).toEqual(['a']);
  expect(c.patches()).toEqual([]);
});
