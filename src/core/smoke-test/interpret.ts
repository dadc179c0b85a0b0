/**
 * Turns what the API server says about the smoke-test pod (the create error, the pod, its events,
 * its log) into one result per step, with the evidence and, on failure, a reason code and the
 * check whose remedy applies. Pure: the hook feeds it whatever the watches hold, again and again.
 */
import type { Event } from '../../models/event';
import type { Pod } from '../../models/pod';
import { annotationsOf, at, list, num, str } from '../guards';
import type { SmokeTestFailure, SmokeTestObservation, SmokeTestReport } from './report';
import { eventMessage, newRun, sortedEvents, type SmokeTestRun } from './run';
import { isHostUidMap, parseFacts } from './script';
import { SMOKE_TEST_CONTAINER } from './names';

const PULL_FAILURES = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName']);
const CREATE_FAILURES = new Set([
  'CreateContainerError',
  'CreateContainerConfigError',
  'RunContainerError',
  'StartError',
]);

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

/** Scheduled, image pulled, started: what the pod's status and events say. */
const judgeStart = (run: SmokeTestRun, pod: Pod, events: Event[]): void => {
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

  if (str(at(scheduled, 'status')) === 'True' || node) {
    run.pass('scheduled', { node: node ?? null });
  } else if (str(at(scheduled, 'status')) === 'False') {
    const message = str(at(scheduled, 'message')) ?? eventMessage(events, 'FailedScheduling');
    run.fail('scheduled', 'unschedulable', message);
  }
  if (run.failed()) return;

  const pulled = eventMessage(events, 'Pulled');
  const imageID = str(at(status, 'imageID'));
  if (pulled || imageID || runningOrDone) {
    run.pass('image-pulled', {
      image: str(at(status, 'image')) ?? str(at(pod, 'spec', 'containers', '0', 'image')) ?? null,
      imageID: imageID || null,
      pulled: pulled ?? null,
    });
  } else if (PULL_FAILURES.has(waitingReason)) {
    run.fail('image-pulled', 'image-pull-failed', waitingMessage ?? eventMessage(events, 'Failed'));
    return;
  }

  if (runningOrDone && run.step('image-pulled').status === 'pass') {
    const startedAt =
      str(at(status, 'state', 'running', 'startedAt')) ?? str(at(terminated, 'startedAt'));
    run.pass('started', { startedAt: startedAt ?? null });
  } else if (CREATE_FAILURES.has(waitingReason)) {
    run.fail('started', classifyCreateFailure(waitingMessage ?? ''), waitingMessage);
  }
};

/** The pod's user namespace, its devices and the inner container: what the script printed. */
const judgeLog = (run: SmokeTestRun, log: string, logLines: string[], pod: Pod): void => {
  const facts = parseFacts(log);
  if (facts.uidMap === undefined) return run.fail('pod-user-namespace', 'no-facts');
  run.step('pod-user-namespace').evidence = { uidMap: facts.uidMap };
  if (isHostUidMap(facts.uidMap)) return run.fail('pod-user-namespace', 'no-user-namespace');
  run.pass('pod-user-namespace');

  run.step('devices').evidence = {
    devFuse: facts.devFuse ?? null,
    devNetTun: facts.devNetTun ?? null,
    storageDriver: facts.storageDriver ?? null,
  };
  // Without /dev/fuse the entrypoint falls back to the vfs driver: podman works, but copies every
  // layer of every image; that is the devices annotation not reaching CRI-O.
  if (facts.devFuse !== true) return run.fail('devices', 'no-dev-fuse');
  if (facts.devNetTun !== true) return run.fail('devices', 'no-dev-net-tun');
  run.pass('devices');

  const terminated = list(at(pod, 'status', 'containerStatuses')).find(
    (c) => str(at(c, 'name')) === SMOKE_TEST_CONTAINER,
  );
  const exit = facts.innerExit ?? num(at(terminated, 'state', 'terminated', 'exitCode'));
  const evidence = { innerUidMap: facts.innerUidMap ?? null, exitCode: exit ?? null };
  if (exit === 0 && facts.innerUidMap) return run.pass('inner-container', evidence);
  run.step('inner-container').evidence = evidence;
  const newuidmap = logLines.find((l) => /newuidmap|newgidmap/.test(l));
  run.fail(
    'inner-container',
    newuidmap ? 'newuidmap-failed' : 'inner-run-failed',
    newuidmap ?? logLines[logLines.length - 1],
  );
};

export const interpretSmokeTest = (o: SmokeTestObservation): SmokeTestReport => {
  const events = sortedEvents(o.events);
  const logLines = (o.log ?? '').split('\n').filter((l) => l.trim() !== '');
  const run = newRun(events, logLines);

  if (o.createError) {
    run.fail('admitted', classifyCreateError(o.createError.message), o.createError.message);
    return run.report();
  }
  const pod = o.pod;
  if (!pod) {
    if (o.timedOut) run.failOpen('timed-out');
    return run.report();
  }

  // Admitted: SCC admission records the SCC it chose.
  const scc = str(annotationsOf(pod)['openshift.io/scc']);
  run.step('admitted').evidence = { scc: scc ?? null, required: o.runScc };
  if (scc !== o.runScc) {
    run.fail('admitted', 'other-scc');
    return run.report();
  }
  run.pass('admitted');

  judgeStart(run, pod, events);
  if (run.failed()) return run.report();

  const phase = str(at(pod, 'status', 'phase'));
  const finished = phase === 'Succeeded' || phase === 'Failed';
  if (o.podGone && !finished) run.failOpen('pod-deleted');
  else if (phase === 'Failed' && str(at(pod, 'status', 'reason')) === 'DeadlineExceeded')
    run.failOpen('deadline-exceeded', str(at(pod, 'status', 'message')));
  else if (!finished || run.step('started').status !== 'pass') {
    if (o.timedOut) run.failOpen('timed-out');
  } else if (o.logError !== undefined) {
    // The container ran to its end: the rest comes from what it printed.
    run.failOpen('log-unreadable', o.logError);
  } else if (o.log === undefined) {
    if (o.timedOut) run.failOpen('log-unreadable');
  } else judgeLog(run, o.log, logLines, pod);
  return run.report();
};
