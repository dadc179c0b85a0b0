// files/console-plugins.sh, the hook Jobs' script, run with Debian's sh against a fake `oc`
// (tests/fake-oc) that keeps the console operator object in a file and applies patches with the
// API server's JSON-patch library. What an administrator cares about: only this plugin is added or
// removed, other plugins stay as they are, and a concurrent change is never overwritten.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { goTool } from './go-tools';
import { crdValidator } from './manifests';
import { CHART_DIR } from './render-chart';

const SCRIPT = path.join(CHART_DIR, 'files/console-plugins.sh');
const NAME = 'devspaces-nested-containers';

interface Console {
  apiVersion: string;
  kind: string;
  metadata: { name: string; resourceVersion: string };
  spec: { managementState: string; plugins?: string[] };
}

const validConsole = crdValidator('0000_50_console_01_consoles.crd.yaml');

let ocDir: string;
let workDir: string;

beforeAll(() => {
  ocDir = path.dirname(goTool('fake-oc', 'oc'));
});

afterEach(() => rmSync(workDir, { recursive: true, force: true }));

function cluster(plugins?: string[]) {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'console-plugins-'));
  const state = path.join(workDir, 'console.json');
  const log = path.join(workDir, 'calls.log');
  const object: Console = {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'Console',
    metadata: { name: 'cluster', resourceVersion: '41' },
    spec: { managementState: 'Managed', ...(plugins ? { plugins } : {}) },
  };
  writeFileSync(state, JSON.stringify(object));
  const run = (action: string, env: Record<string, string> = {}) =>
    spawnSync('sh', [SCRIPT, action], {
      encoding: 'utf8',
      env: {
        PATH: `${ocDir}:${process.env.PATH ?? ''}`,
        PLUGIN_NAME: NAME,
        RETRY_DELAY: '0',
        FAKE_OC_STATE: state,
        FAKE_OC_LOG: log,
        ...env,
      },
    });
  const read = (): Console => {
    const current = JSON.parse(readFileSync(state, 'utf8')) as Console;
    expect(validConsole(current), JSON.stringify(validConsole.errors)).toBe(true);
    return current;
  };
  const patches = () =>
    (existsSync(log) ? readFileSync(log, 'utf8') : '')
      .split('\n')
      .filter((line) => line.startsWith('patch '))
      .map((line) => JSON.parse(line.slice('patch '.length)) as { op: string; path: string }[]);
  return { run, read, patches };
}

describe('enable (post-install, post-upgrade)', () => {
  it('appends the plugin after the ones already enabled, leaving them untouched', () => {
    const c = cluster(['monitoring-plugin', 'odf-console']);
    const result = c.run('enable');
    expect(result.status, result.stderr).toBe(0);
    expect(c.read().spec.plugins).toEqual(['monitoring-plugin', 'odf-console', NAME]);
    expect(c.patches()[0][0]).toEqual({
      op: 'test',
      path: '/spec/plugins',
      value: ['monitoring-plugin', 'odf-console'],
    });
  });

  it('creates the list when no plugin is enabled yet', () => {
    const c = cluster();
    expect(c.run('enable').status).toBe(0);
    expect(c.read().spec.plugins).toEqual([NAME]);
  });

  it('changes nothing when the plugin is already enabled (upgrades)', () => {
    const c = cluster([NAME, 'odf-console']);
    const result = c.run('enable');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('nothing to change');
    expect(c.patches()).toEqual([]);
    expect(c.read().metadata.resourceVersion).toBe('41');
  });

  it('keeps a plugin another writer added between the read and the patch', () => {
    const c = cluster(['odf-console']);
    const result = c.run('enable', { FAKE_OC_RACE: '["added-meanwhile"]' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('spec.plugins changed while patching; reading it again');
    expect(c.read().spec.plugins).toEqual(['odf-console', 'added-meanwhile', NAME]);
    expect(c.patches()).toHaveLength(2);
  });

  it('keeps a concurrent first plugin when the list did not exist yet', () => {
    const c = cluster();
    expect(c.run('enable', { FAKE_OC_RACE: '["first"]' }).status).toBe(0);
    expect(c.read().spec.plugins).toEqual(['first', NAME]);
  });

  it('fails loudly, without overwriting, when the list keeps changing', () => {
    const c = cluster(['odf-console']);
    const result = c.run('enable', { FAKE_OC_RACE: '["added-meanwhile"]', ATTEMPTS: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`could not enable ${NAME}`);
    expect(c.read().spec.plugins).toEqual(['odf-console', 'added-meanwhile']);
  });

  it('carries unusual names of other plugins through unchanged', () => {
    const odd = ['quote"d', 'back\\slash', 'spaced name'];
    const c = cluster(odd);
    expect(c.run('enable').status).toBe(0);
    expect(c.read().spec.plugins).toEqual([...odd, NAME]);
  });
});

describe('disable (pre-delete)', () => {
  it('removes only this plugin, every occurrence, keeping the order of the rest', () => {
    const c = cluster(['a', NAME, 'b', NAME, 'c']);
    const result = c.run('disable');
    expect(result.status, result.stderr).toBe(0);
    expect(c.read().spec.plugins).toEqual(['a', 'b', 'c']);
  });

  it('changes nothing when the plugin is not enabled', () => {
    const c = cluster(['a']);
    expect(c.run('disable').status).toBe(0);
    expect(c.patches()).toEqual([]);
    expect(c.read().spec.plugins).toEqual(['a']);
  });

  it('keeps a plugin another writer added meanwhile', () => {
    const c = cluster([NAME, 'a']);
    expect(c.run('disable', { FAKE_OC_RACE: '["late"]' }).status).toBe(0);
    expect(c.read().spec.plugins).toEqual(['a', 'late']);
  });
});

it('refuses to run without an action or a plugin name', () => {
  const c = cluster(['a']);
  expect(c.run('toggle').status).toBe(2);
  expect(c.run('enable', { PLUGIN_NAME: '' }).status).toBe(2);
  expect(c.read().spec.plugins).toEqual(['a']);
});
