// The shared-module requirements the built plugin declares, against what the real consoles provide.
// Module federation takes the highest version in the share scope that satisfies a requirement: the
// console's PatternFly serves only if the plugin's copy is no newer and its range accepts the
// console's version. Reads the emitted plugin-entry (what the console's loader runs) and the real
// console builds' share-scope registrations (../shared/real-console).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// webpack's own range encoding and matching: what the share scope runs in the browser.
import { parseRange, rangeToString, satisfy } from 'webpack/lib/sharing/semver';
import { findConsoleBuild } from '../real-console/consoleBuild';
import { ensurePluginBuild } from './pluginBuild';

type Shared = { provided: Map<string, string>; required: Map<string, string> };

const PF = /^@patternfly\/react-(core|table|icons)\//;

const pluginShared = (dir: string): Shared => {
  const entry = readdirSync(dir).find((f) => /^plugin-entry\..*\.js$/.test(f));
  if (!entry) throw new Error(`no plugin-entry in ${dir}`);
  const js = readFileSync(path.join(dir, entry), 'utf8');
  const provided = new Map<string, string>();
  for (const m of js.matchAll(/"(@patternfly\/[^"]+)","(\d+\.\d+\.\d+[^"]*)"/g))
    provided.set(m[1], m[2]);
  const required = new Map<string, string>();
  // consumes: "default","<module>",<singleton>,[<encoded range>]
  for (const m of js.matchAll(/"default","(@patternfly\/[^"]+)",!\d,(\[[\d,]+\])/g))
    required.set(m[1], rangeToString(JSON.parse(m[2]) as number[]));
  return { provided, required };
};

/** The PatternFly dynamic modules a real console build registers in the share scope. */
const consoleProvided = (version: string): Map<string, string> => {
  const dir = findConsoleBuild(version);
  if (!dir) throw new Error(`no console ${version} build`);
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => /^(runtime|main)-bundle-.*\.js$/.test(n))) {
    const js = readFileSync(path.join(dir, f), 'utf8');
    for (const m of js.matchAll(
      /\("(@patternfly\/react-[a-z-]+\/dist\/dynamic\/[^"]+)","([^"]+)"/g,
    ))
      out.set(m[1], m[2]);
  }
  return out;
};

const PF_421 = path.resolve(__dirname, '../../builds/console-4.21/node_modules/@patternfly');

describe('plugin build 4.22 (console 4.22 shares PatternFly)', () => {
  const shared = pluginShared(ensurePluginBuild('dist-e2e', '4.22'));
  const pf = [...shared.required].filter(([name]) => PF.test(name));

  it('shares every PatternFly module it uses, with a range', () => {
    expect(pf.length).toBeGreaterThan(10);
    for (const [name] of pf) expect(shared.provided.get(name), name).toBeDefined();
  });

  // The real console build here and the shipped 4.22 both carry react-core 6.4.2.
  it('a console shipping react-core 6.4.2 satisfies every PatternFly requirement', () => {
    for (const [name, range] of pf.filter(([n]) => n.startsWith('@patternfly/react-core/')))
      expect(satisfy(parseRange(range), '6.4.2'), `${name} ${range} vs 6.4.2`).toBe(true);
  });

  it('bundles no newer a version than the real console 4.22 provides', () => {
    const provided = consoleProvided('4.22');
    // Each module both share must resolve to the console's copy.
    const both = pf.filter(([name]) => provided.has(name));
    expect(both.length).toBeGreaterThan(10);
    for (const [name, range] of both) {
      const theirs = provided.get(name)!;
      expect(satisfy(parseRange(range), theirs), `${name} ${range} vs console ${theirs}`).toBe(
        true,
      );
      const ours = shared.provided.get(name)!;
      expect(
        satisfy(parseRange(`<=${theirs}`), ours),
        `${name}: plugin ${ours} > console ${theirs}`,
      ).toBe(true);
    }
  });
});

describe('plugin build 4.21 (consoles 4.20/4.21 share no PatternFly)', () => {
  const shared = pluginShared(ensurePluginBuild('dist-e2e-4.21', '4.21'));

  it.each(['4.20', '4.21'])('the real console %s offers plugins no PatternFly module', (v) => {
    expect([...consoleProvided(v).keys()].filter((n) => PF.test(n))).toEqual([]);
  });

  // Sharing with nobody would only split PatternFly into a chunk per component.
  it('neither provides nor consumes PatternFly through the share scope', () => {
    expect([...shared.provided.keys()]).toEqual([]);
    expect([...shared.required.keys()]).toEqual([]);
  });

  // The plugin's copy is the only one on those pages, styled by the console's 6.2 stylesheet
  // (the shipped 4.20/4.21 consoles carry 6.2.3).
  it.each(['react-core', 'react-icons', 'react-styles', 'react-tokens'])(
    'bundles the 6.2 line of @patternfly/%s',
    (name) => {
      const { version } = JSON.parse(
        readFileSync(path.join(PF_421, name, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(satisfy(parseRange('>=6.2.0 <=6.2.3'), version), version).toBe(true);
    },
  );
});
