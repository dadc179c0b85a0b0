import fc from 'fast-check';
import { beforeAll } from 'vitest';

// Every property test runs from one seed per run. It is printed, and FC_SEED (with FC_PATH, both
// from fast-check's failure report) re-runs a failure exactly: `FC_SEED=123 npm run test:unit`.
const fromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const seed = Number.isSafeInteger(fromEnv) ? fromEnv : Date.now() ^ (Math.random() * 0x100000000);
const path = process.env.FC_PATH || undefined;
fc.configureGlobal({ seed, path, verbose: true });

beforeAll(() => {
  console.info(`fast-check seed ${seed}${path ? ` path ${path}` : ''} (re-run: FC_SEED=${seed})`);
});
