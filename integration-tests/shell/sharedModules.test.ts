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
import { ensurePluginBuild, type PluginTarget } from './pluginBuild';

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

const cases: { target: PluginTarget; dir: string; consoles: string[]; shipped: string[] }[] = [
  // The real console build here and the shipped 4.22 both carry react-core 6.4.2.
  { target: '4.22', dir: 'dist-e2e', consoles: ['4.22'], shipped: ['6.4.2'] },
  // The builds here carry 6.2.2, the shipped 4.20/4.21 consoles 6.2.3.
  { target: '4.21', dir: 'dist-e2e-4.21', consoles: ['4.20', '4.21'], shipped: ['6.2.2', '6.2.3'] },
];

describe.each(cases)('plugin build $target', ({ target, dir, consoles, shipped }) => {
  const shared = pluginShared(ensurePluginBuild(dir, target));
  const pf = [...shared.required].filter(([name]) => PF.test(name));

  it('shares every PatternFly module it uses, with a range', () => {
    expect(pf.length).toBeGreaterThan(10);
    for (const [name] of pf) expect(shared.provided.get(name), name).toBeDefined();
  });

  it.each(shipped)(
    'a console shipping react-core %s satisfies every PatternFly requirement',
    (v) => {
      for (const [name, range] of pf.filter(([n]) => n.startsWith('@patternfly/react-core/')))
        expect(satisfy(parseRange(range), v), `${name} ${range} vs ${v}`).toBe(true);
    },
  );

  it.each(consoles)('bundles no newer a version than the real console %s provides', (version) => {
    const provided = consoleProvided(version);
    if (version === '4.22') {
      // The 4.22 console shares PatternFly: each module both share must resolve to its copy.
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
    } else {
      // 4.20/4.21 share no PatternFly with plugins (only react-topology): the plugin's own copy
      // loads there, so it is the 6.2 line whose styles those consoles ship.
      expect([...provided.keys()].filter((n) => PF.test(n))).toEqual([]);
      for (const [name] of pf) expect(shared.provided.get(name), name).toMatch(/^6\.2\./);
    }
  });
});
