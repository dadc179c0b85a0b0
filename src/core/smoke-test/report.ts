/** What a smoke-test run reports: its steps in order, how each can fail, and the check to read then. */
import type { CheckId } from '../checkIds';
import type { ParamValue } from '../results';
import type { Event } from '../../models/event';
import type { Pod } from '../../models/pod';

export const SMOKE_TEST_STEPS = [
  'admitted',
  'scheduled',
  'image-pulled',
  'started',
  'pod-user-namespace',
  'devices',
  'inner-container',
] as const;
export type SmokeTestStepId = (typeof SMOKE_TEST_STEPS)[number];

export type StepStatus = 'pass' | 'fail' | 'running' | 'waiting' | 'skipped';

export type SmokeTestFailure =
  | 'scc-not-usable'
  | 'scc-missing'
  | 'scc-rejected'
  | 'other-scc'
  | 'create-failed'
  | 'unschedulable'
  | 'image-pull-failed'
  | 'container-create-failed'
  | 'deadline-exceeded'
  | 'pod-deleted'
  | 'timed-out'
  | 'log-unreadable'
  | 'no-facts'
  | 'no-user-namespace'
  | 'no-dev-fuse'
  | 'no-dev-net-tun'
  | 'newuidmap-failed'
  | 'inner-run-failed';

export interface SmokeTestStep {
  id: SmokeTestStepId;
  status: StepStatus;
  /** Facts that prove the step (SCC name, node, image, uid_map ...). */
  evidence: Record<string, ParamValue>;
}

export interface SmokeTestReport {
  outcome: 'running' | 'passed' | 'failed';
  steps: SmokeTestStep[];
  failure?: {
    step: SmokeTestStepId;
    reason: SmokeTestFailure;
    /** The readiness check whose explanation and remedy apply (rendered as a link to check-<id>). */
    check?: CheckId;
    message?: string;
  };
  /** `reason: message` of the pod's events, oldest first. */
  events: string[];
  /** The last lines of the container log. */
  logTail: string[];
}

export interface SmokeTestObservation {
  runScc: string;
  /** The create request failed (SCC admission answers 403 here). */
  createError?: { code?: number; message: string };
  pod?: Pod;
  events: Event[];
  log?: string;
  logError?: string;
  /** The pod disappeared before it finished (deleted by someone else). */
  podGone?: boolean;
  /** The plugin's own deadline passed. */
  timedOut?: boolean;
}

/** The readiness check whose explanation and remedy apply to each failure. */
export const REMEDY_CHECK: Partial<Record<SmokeTestFailure, CheckId>> = {
  'scc-not-usable': 'scc-rbac',
  'scc-missing': 'run-scc',
  'scc-rejected': 'run-scc',
  'other-scc': 'run-scc',
  'image-pull-failed': 'workspace-images',
  'no-user-namespace': 'workspace-user-namespaces',
  'no-dev-fuse': 'workspace-pod-config',
  'no-dev-net-tun': 'workspace-pod-config',
  'newuidmap-failed': 'workspace-images',
};
