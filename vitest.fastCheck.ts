import fc from 'fast-check';
import { beforeAll } from 'vitest';

// Every property test runs from one seed per run. It is printed, and FC_SEED re-runs that run
// exactly (the same cases, the same shrinking to the same counterexample that fast-check reports
// with its seed and path): `FC_SEED=123 npm run test:unit`.
const fromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const seed = Number.isSafeInteger(fromEnv) ? fromEnv : Date.now() ^ (Math.random() * 0x100000000);
fc.configureGlobal({ seed });

beforeAll(() => {
  console.info(`fast-check seed ${seed} (re-run: FC_SEED=${seed})`);
});
