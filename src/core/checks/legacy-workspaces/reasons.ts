import type { ReasonSpecs } from '../definition';

/** The reasons legacy-workspaces returns, with the names of their parameters. */
export const reasons = {
  'legacy-none': [],
  /**
   * Feature off: workspaces recorded with another SCC will not start once it is turned on
   * (`unrecorded`: how many more have no recorded SCC, see legacy-unrecorded).
   */
  'legacy-will-break': ['count', 'scc', 'unrecorded'],
  /** Feature on: recorded with another SCC, they cannot start; users must recreate them. */
  'legacy-cannot-start': ['count', 'scc', 'unrecorded'],
  /** Only workspaces with no recorded SCC: they start from the dashboard (which records it), not otherwise. */
  'legacy-unrecorded': ['count', 'scc'],
  /** Turning off: workspaces created with the run SCC lose it (the operator deletes the SCC and its roles). */
  'run-workspaces-will-break': ['count', 'scc'],
} as const satisfies ReasonSpecs;
