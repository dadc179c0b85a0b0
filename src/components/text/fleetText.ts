/**
 * The fleet page's words: the verdict column ("Ready", "On", "Blocked: …", "Cannot tell: …"), the
 * state column, and the Markdown report's headings. One function words a fleet row and a report
 * entry alike, so the download says what the page shows.
 */
import type { ReportWords } from '../../core/fleet/markdown';
import type { ReportCluster } from '../../core/fleet/report';
import type { ReadFailure, RowProblem, RowState } from '../../core/fleet/fleetRow';
import type { CheckStatus } from '../../core/results';
import type { Translate } from '../../core/translate';
import { checkTitle } from './checkTitle';
import { reasonText } from './reasonText';
import { blockerText } from './summaryText';

export interface AnswerFacts {
  /** A fleet row's answer kind, or the headline kind of its worst CheCluster. */
  answer: string;
  failure?: ReadFailure;
  message?: string;
  problem?: RowProblem;
  /** How many checks need attention on the worst CheCluster (its page's headline counts them). */
  problems?: number;
}

const cannotRead = (t: Translate, failure: ReadFailure | undefined, message: string) => {
  switch (failure) {
    case 'not-available':
      return t('Cannot tell: ACM reports the cluster unavailable ({{message}})', { message });
    case 'unreachable':
      return t('Cannot tell: the cluster does not answer through the cluster proxy ({{message}})', {
        message,
      });
    case 'forbidden':
      return t('Cannot tell: you may not read this cluster ({{message}})', { message });
    default:
      return t('Cannot tell: {{message}}', { message });
  }
};

export const answerText = (t: Translate, a: AnswerFacts): string => {
  const problem = a.problem;
  switch (a.answer) {
    case 'reading':
      return t('Reading…');
    case 'cannot-read':
      return cannotRead(t, a.failure, a.message ?? '');
    case 'not-openshift':
      return t('Not OpenShift');
    case 'no-devspaces':
      return t('No Dev Spaces');
    // With findings to read, the row says what its page's headline says, not a bare "Ready".
    case 'ready-to-enable':
      if (!a.problems) return t('Ready');
      return a.problems === 1
        ? t('Ready to turn on — read 1 finding first')
        : t('Ready to turn on — read {{n}} findings first', { n: String(a.problems) });
    case 'enabled':
      if (!a.problems) return t('On');
      return a.problems === 1
        ? t('On — 1 problem needs attention')
        : t('On — {{n}} problems need attention', { n: String(a.problems) });
    case 'enabling':
      return t('Turning on');
    case 'disabling':
      return t('Turning off');
    case 'blocked':
      return problem
        ? t('Blocked: {{check}}: {{reason}}', {
            check: checkTitle(t, problem.check),
            reason: blockerText(t, problem),
          })
        : t('Blocked');
    case 'cannot-tell':
      return problem
        ? t('Cannot tell: {{check}}: {{reason}}', {
            check: checkTitle(t, problem.check),
            reason: reasonText(t, problem),
          })
        : t('Cannot tell');
    default:
      return t('Cannot tell: the CheCluster cannot be changed safely');
  }
};

export const stateText = (t: Translate, state: RowState): string => {
  switch (state) {
    case 'enabled':
      return t('On');
    case 'disabled':
      return t('Off');
    case 'enabling':
      return t('Turning on');
    case 'disabling':
      return t('Turning off');
    case 'mixed':
      return t('Differs by CheCluster');
    default:
      return '—';
  }
};

const statusText = (t: Translate, s: CheckStatus): string =>
  ({
    pass: t('Passed'),
    warn: t('Warning'),
    fail: t('Failed'),
    unknown: t('Unknown'),
    na: t('Not applicable'),
  })[s];

const reportAnswer = (t: Translate, k: ReportCluster) =>
  answerText(t, {
    answer: k.answer,
    failure: k.read === 'answered' || k.read === 'pending' ? undefined : k.read,
    message: k.message,
    problem: k.firstProblem,
    problems: k.problems,
  });

export const reportWords = (t: Translate): ReportWords => ({
  title: t('Dev Spaces nested containers: readiness report'),
  generated: (at, version) =>
    t('Generated {{at}} by the Dev Spaces nested containers console plugin {{version}}.', {
      at,
      version,
    }),
  columns: {
    cluster: t('Cluster'),
    openshift: t('OpenShift'),
    instances: t('Dev Spaces instances'),
    state: t('Nested containers'),
    verdict: t('Verdict'),
    readAt: t('Read at'),
    check: t('Check'),
    scope: t('Scope'),
    status: t('Status'),
    finding: t('Finding'),
  },
  hub: t('hub'),
  checkTitle: (id) => checkTitle(t, id),
  reason: (r) => reasonText(t, r),
  status: (s) => statusText(t, s),
  answer: (k) => reportAnswer(t, k),
  state: (k) => stateText(t, k.state),
  noChecksNeedAttention: t('No check needs attention.'),
});
