/**
 * Turns what the API server says about the smoke-test pod (the create error, the pod, its events,
 * its log) into one result per step, with the evidence and, on failure, a reason code and the
 * check whose remedy applies. Pure: the hook feeds it whatever the watches hold, again and again.
 */
import type { Event } from '../../models/event';
import type { Pod } from '../../models/pod';
import type { CheckId } from '../checkIds';
import type { ParamValue } from '../results';
import { annotationsOf, at, list, num, str } from '../guards';
import { isHostUidMap, parseFacts } from './script';
import { SMOKE_TEST_CONTAINER } from './podSpec';

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

const REMEDY_CHECK: Partial<Record<SmokeTestFailure, CheckId>> = {
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

const LOG_TAIL_LINES = 20;
const PULL_FAILURES = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName']);
const CREATE_FAILURES = new Set([
  'CreateContainerError',
  'CreateContainerConfigError',
  'RunContainerError',
  'StartError',
]);

const eventTime = (e: Event): string =>
  str(e.lastTimestamp) ?? str(e.eventTime) ?? str(e.firstTimestamp) ?? '';

const sortedEvents = (events: Event[]): Event[] =>
  [...events].sort((a, b) => eventTime(a).localeCompare(eventTime(b)));

const eventMessage = (events: Event[], reason: string): string | undefined =>
  [...events].reverse().find((e) => e.reason === reason)?.message;

const classifyCreateError = (message: string): SmokeTestFailure => {
  if (/not usable by user or serviceaccount/i.test(message)) return 'scc-not-usable';
  if (/required SCC/i.test(message) && /not found|failed to retrieve/i.test(message))
    return 'scc-missing';
  if (/security ?context ?constraint/i.test(message)) return 'scc-rejected';
  return 'create-failed';
};

/** A container-creation error naming a device is the devices annotation not being honoured. */
const classifyCreateFailure = (message: string): SmokeTestFailure =>
  /\/dev\/fuse/.test(message)
    ? 'no-dev-fuse'
    : /\/dev\/net\/tun/.test(message)
      ? 'no-dev-net-tun'
      : 'container-create-failed';

export const interpretSmokeTest = (o: SmokeTestObservation): SmokeTestReport => {
  const events = sortedEvents(o.events);
  const steps: SmokeTestStep[] = SMOKE_TEST_STEPS.map((id) => ({
    id,
    status: 'waiting',
    evidence: {},
  }));
  const step = (id: SmokeTestStepId) => steps.find((s) => s.id === id) as SmokeTestStep;
  const logLines = (o.log ?? '').split('\n').filter((l) => l.trim() !== '');
  let failure: SmokeTestReport['failure'];
  const fail = (id: SmokeTestStepId, reason: SmokeTestFailure, message?: string) => {
    step(id).status = 'fail';
    failure = { step: id, reason, check: REMEDY_CHECK[reason], message };
  };
  const report = (): SmokeTestReport => {
    let seenOpen = false;
    for (const s of steps) {
      if (failure) {
        if (s.status !== 'pass' && s.status !== 'fail') s.status = 'skipped';
      } else if (s.status === 'waiting' && !seenOpen) {
        s.status = 'running';
        seenOpen = true;
      } else if (s.status !== 'pass') seenOpen = true;
    }
    const outcome = failure
      ? 'failed'
      : steps.every((s) => s.status === 'pass')
        ? 'passed'
        : 'running';
    return {
      outcome,
      steps,
      failure,
      events: events.map((e) => `${e.reason ?? ''}: ${e.message ?? ''}`),
      logTail: logLines.slice(-LOG_TAIL_LINES),
    };
  };
  /** Ends the run at the first step that has not passed. */
  const failOpen = (reason: SmokeTestFailure, message?: string) => {
    const open = steps.find((s) => s.status !== 'pass');
    if (open) fail(open.id, reason, message);
  };

  if (o.createError) {
    fail('admitted', classifyCreateError(o.createError.message), o.createError.message);
    return report();
  }
  const pod = o.pod;
  if (!pod) {
    if (o.timedOut) failOpen('timed-out');
    return report();
  }

  // Admitted: SCC admission records the SCC it chose.
  const scc = str(annotationsOf(pod)['openshift.io/scc']);
  step('admitted').evidence = { scc: scc ?? null, required: o.runScc };
  if (scc !== o.runScc) {
    fail('admitted', 'other-scc');
    return report();
  }
  step('admitted').status = 'pass';

  const conditions = list(at(pod, 'status', 'conditions'));
  const scheduled = conditions.find((c) => str(at(c, 'type')) === 'PodScheduled');
  const node = str(at(pod, 'spec', 'nodeName'));
  const status = list(at(pod, 'status', 'containerStatuses')).find(
    (c) => str(at(c, 'name')) === SMOKE_TEST_CONTAINER,
  );
  const waiting = at(status, 'state', 'waiting');
  const waitingReason = str(at(waiting, 'reason')) ?? '';
  const waitingMessage = str(at(waiting, 'message'));
  const terminated = at(status, 'state', 'terminated');
  const runningOrDone = at(status, 'state', 'running') !== undefined || terminated !== undefined;
  const phase = str(at(pod, 'status', 'phase'));

  if (str(at(scheduled, 'status')) === 'True' || node) {
    step('scheduled').status = 'pass';
    step('scheduled').evidence = { node: node ?? null };
  } else if (str(at(scheduled, 'status')) === 'False') {
    fail(
      'scheduled',
      'unschedulable',
      str(at(scheduled, 'message')) ?? eventMessage(events, 'FailedScheduling'),
    );
  }

  const pulled = eventMessage(events, 'Pulled');
  const imageID = str(at(status, 'imageID'));
  if (!failure && (pulled || imageID || runningOrDone)) {
    step('image-pulled').status = 'pass';
    step('image-pulled').evidence = {
      image: str(at(status, 'image')) ?? str(at(pod, 'spec', 'containers', '0', 'image')) ?? null,
      imageID: imageID || null,
      pulled: pulled ?? null,
    };
  } else if (!failure && PULL_FAILURES.has(waitingReason)) {
    fail('image-pulled', 'image-pull-failed', waitingMessage ?? eventMessage(events, 'Failed'));
  }

  if (!failure && runningOrDone && step('image-pulled').status === 'pass') {
    step('started').status = 'pass';
    step('started').evidence = {
      startedAt:
        str(at(status, 'state', 'running', 'startedAt')) ??
        str(at(terminated, 'startedAt')) ??
        null,
    };
  } else if (!failure && CREATE_FAILURES.has(waitingReason)) {
    fail('started', classifyCreateFailure(waitingMessage ?? ''), waitingMessage);
  }

  if (failure) return report();
  if (o.podGone && phase !== 'Succeeded' && phase !== 'Failed') {
    failOpen('pod-deleted');
    return report();
  }
  if (phase === 'Failed' && str(at(pod, 'status', 'reason')) === 'DeadlineExceeded') {
    failOpen('deadline-exceeded', str(at(pod, 'status', 'message')));
    return report();
  }
  const finished = phase === 'Succeeded' || phase === 'Failed';
  if (!finished || step('started').status !== 'pass') {
    if (o.timedOut) failOpen('timed-out');
    return report();
  }

  // The container ran to its end: the rest comes from what it printed.
  if (o.logError !== undefined) {
    failOpen('log-unreadable', o.logError);
    return report();
  }
  if (o.log === undefined) {
    if (o.timedOut) failOpen('log-unreadable');
    return report();
  }
  const facts = parseFacts(o.log);
  if (facts.uidMap === undefined) {
    fail('pod-user-namespace', 'no-facts');
    return report();
  }
  step('pod-user-namespace').evidence = { uidMap: facts.uidMap };
  if (isHostUidMap(facts.uidMap)) {
    fail('pod-user-namespace', 'no-user-namespace');
    return report();
  }
  step('pod-user-namespace').status = 'pass';

  step('devices').evidence = {
    devFuse: facts.devFuse ?? null,
    devNetTun: facts.devNetTun ?? null,
    storageDriver: facts.storageDriver ?? null,
  };
  // Without /dev/fuse the entrypoint falls back to the vfs driver: podman works, but copies every
  // layer of every image; that is the devices annotation not reaching CRI-O.
  if (facts.devFuse !== true) {
    fail('devices', 'no-dev-fuse');
    return report();
  }
  if (facts.devNetTun !== true) {
    fail('devices', 'no-dev-net-tun');
    return report();
  }
  step('devices').status = 'pass';

  const exit = facts.innerExit ?? num(at(terminated, 'exitCode'));
  step('inner-container').evidence = {
    innerUidMap: facts.innerUidMap ?? null,
    exitCode: exit ?? null,
  };
  if (exit === 0 && facts.innerUidMap) {
    step('inner-container').status = 'pass';
    return report();
  }
  const newuidmap = logLines.find((l) => /newuidmap|newgidmap/.test(l));
  fail(
    'inner-container',
    newuidmap ? 'newuidmap-failed' : 'inner-run-failed',
    newuidmap ?? logLines[logLines.length - 1],
  );
  return report();
};
