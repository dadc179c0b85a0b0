// Where the page's main thread spends its time during a benchmark: Chrome's sampling profiler
// (DevTools protocol Profiler domain), self time summed per function, the top ones printed. Opt-in
// (BENCH_FLEET_PROFILE=1): sampling slows the page it measures.
import type { Page } from 'playwright-core';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

// Native calls whose self time is large: which script functions (minified: file:line:column) make
// them, so their time can be laid at the console's door or the plugin's.
const CALLERS_OF = ['getPropertyValue', 'fetch', 'get cookie'];

const callersOf = (profile: Profile, byNode: Map<number, ProfileNode>, names: string[]) => {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = (id: number | undefined) => {
    const f = id === undefined ? undefined : byNode.get(id)?.callFrame;
    return f
      ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}:${f.columnNumber}`
      : '(root)';
  };
  return names.flatMap((name) => {
    const byCaller = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (byNode.get(id)?.callFrame.functionName !== name) return;
      const key = `${where(parent.get(id))} < ${where(parent.get(parent.get(id) ?? -1))}`;
      byCaller.set(key, (byCaller.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    return [
      `callers of ${name}:`,
      ...[...byCaller.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms    ${k}`),
    ];
  });
};

export const startProfile = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return async (top = 25): Promise<string[]> => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfMs = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const frame = byNode.get(id)?.callFrame;
      if (!frame) return;
      const file = frame.url.split('/').pop() ?? '';
      const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
      selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
    return [
      `main thread sampled: ${(total / 1000).toFixed(1)} s`,
      ...[...selfMs.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${k}`),
      ...callersOf(profile, byNode, CALLERS_OF),
    ];
  };
};
