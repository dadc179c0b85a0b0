/**
 * The bookkeeping of one reading of a smoke-test run: every step starts waiting; the first failure
 * ends the run (later steps are skipped); otherwise the first step not yet passed is the one
 * running.
 */
import type { Event } from '../../models/event';
import { str } from '../guards';
import type { SmokeTestFailure, SmokeTestReport, SmokeTestStep, SmokeTestStepId } from './report';
import { REMEDY_CHECK, SMOKE_TEST_STEPS } from './report';

const LOG_TAIL_LINES = 20;

const eventTime = (e: Event): string =>
  str(e.lastTimestamp) ?? str(e.eventTime) ?? str(e.firstTimestamp) ?? '';

export const sortedEvents = (events: Event[]): Event[] =>
  [...events].sort((a, b) => eventTime(a).localeCompare(eventTime(b)));

/** The newest message of an event with this reason. */
export const eventMessage = (events: Event[], reason: string): string | undefined =>
  [...events].reverse().find((e) => e.reason === reason)?.message;

export interface SmokeTestRun {
  step: (id: SmokeTestStepId) => SmokeTestStep;
  pass: (id: SmokeTestStepId, evidence?: SmokeTestStep['evidence']) => void;
  fail: (id: SmokeTestStepId, reason: SmokeTestFailure, message?: string) => void;
  /** Ends the run at the first step that has not passed. */
  failOpen: (reason: SmokeTestFailure, message?: string) => void;
  failed: () => boolean;
  report: () => SmokeTestReport;
}

export const newRun = (events: Event[], logLines: string[]): SmokeTestRun => {
  const steps: SmokeTestStep[] = SMOKE_TEST_STEPS.map((id) => ({
    id,
    status: 'waiting',
    evidence: {},
  }));
  let failure: SmokeTestReport['failure'];
  const step = (id: SmokeTestStepId) => steps.find((s) => s.id === id) as SmokeTestStep;
  const fail = (id: SmokeTestStepId, reason: SmokeTestFailure, message?: string) => {
    step(id).status = 'fail';
    failure = { step: id, reason, check: REMEDY_CHECK[reason], message };
  };
  return {
    step,
    pass: (id, evidence) => {
      step(id).status = 'pass';
      if (evidence) step(id).evidence = evidence;
    },
    fail,
    failOpen: (reason, message) => {
      const open = steps.find((s) => s.status !== 'pass');
      if (open) fail(open.id, reason, message);
    },
    failed: () => failure !== undefined,
    report: () => {
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
    },
  };
};
