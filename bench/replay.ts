// BENCH_FLEET_REPLAY=1: how much of the fleet's time is the transport itself. The page's own
// requests (their URLs, in the order it made them) are fetched again from the same page with bare
// fetch() and JSON.parse, as many at a time as the reader allows: no console fetch wrapper, no
// snapshot, no evaluation, no rendering. What the page takes beyond this is its own work.
import type { Page } from 'playwright-core';

// A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
const REPLAY = `async ([urls, parallel]) => {
  const started = performance.now();
  let next = 0;
  const one = async () => {
    while (next < urls.length) {
      const res = await fetch(urls[next++], { headers: { Accept: 'application/json' } });
      const body = await res.text();
      if (res.headers.get('Content-Type')?.includes('json')) JSON.parse(body);
    }
  };
  await Promise.all(Array.from({ length: parallel }, one));
  return performance.now() - started;
}`;

export const replay = async (page: Page, urls: string[], parallel: number): Promise<number> =>
  page.evaluate<number>(`(${REPLAY})(${JSON.stringify([urls, parallel])})`);
