// Where the page's main thread spends its time during a benchmark: Chrome's sampling profiler
// (DevTools protocol Profiler domain), self time summed per function, the top ones printed. Opt-in
// (BENCH_FLEET_PROFILE=1): sampling slows the page it measures.
import type { Page } from 'playwright-core';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

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
    ];
  };
};
