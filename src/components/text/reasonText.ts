/**
 * The one place that turns a reason code into a translated sentence: the reasons several checks
 * share and the toggle's own blockers here, each check's own reasons in its folder's `text.ts`
 * (reasonText.test.ts checks every code renders real text). Keys are literal so i18next-parser can
 * collect them.
 */
import type { Translate } from '../../core/translate';
import type { ReasonCode } from '../../core/reasons';
import type { ToggleReason } from '../../core/results';
import { reasonSentence } from '../../core/checks/registry';
import type { ParamValue, ReasonParams } from '../../core/results';

/** A parameter as display text: lists joined, absent values as a dash. */
export const formatParam = (value: ParamValue | undefined): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  return String(value);
};

/** Names shown in a sentence; the rest are counted (the details and the tables list them all). */
const NAMES_IN_A_SENTENCE = 5;

/**
 * Parameters as sentence text. A list is cut to its first few names and a count: on a large
 * cluster a reason lists thousands of workspaces or pods, which no one reads in a sentence.
 */
export const formatParams = (t: Translate, params: ReasonParams): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      Array.isArray(v) && v.length > NAMES_IN_A_SENTENCE
        ? t('{{names}} and {{more}} more', {
            names: v.slice(0, NAMES_IN_A_SENTENCE).join(', '),
            more: String(v.length - NAMES_IN_A_SENTENCE),
          })
        : formatParam(v),
    ]),
  );

/** `since` is epoch milliseconds or an ISO string; show local time. */
const formatTime = (value: ParamValue | undefined): string => {
  const ms = typeof value === 'number' ? value : Date.parse(String(value));
  return Number.isFinite(ms) ? new Date(ms).toLocaleTimeString() : formatParam(value);
};

export const reasonText = (
  t: Translate,
  result: { reason: ReasonCode | ToggleReason; params: ReasonParams },
): string => {
  const p = formatParams(t, result.params);
  const code = result.reason;
  switch (code) {
    case 'loading':
      return t('Loading {{resource}}…', p);
    case 'forbidden':
      // Older results (or a check another module builds) may carry only the resource.
      return result.params.verb
        ? t(
            'You may not {{verb}} {{resource}} (API group {{group}}); a user who may (a cluster administrator) can tell.',
            { ...p, group: result.params.group ? p.group : t('core') },
          )
        : t('You are not allowed to read {{resource}}.', p);
    case 'read-error':
      return t('Could not read {{resource}}: {{message}}', p);
    case 'not-openshift':
      return t('This cluster does not serve the OpenShift APIs; nested containers need OpenShift.');
    case 'not-installed':
      return t('Dev Spaces is not installed on this cluster.');
    case 'feature-off':
      return t('Nested containers are off; this check applies once they are turned on.');
    case 'reconciling':
      return t('The operator is still applying the change made at {{since}}.', {
        since: formatTime(result.params.since),
      });
    case 'already-enabled':
      return t('Nested containers are already on for this CheCluster.');
    case 'already-disabled':
      return t('Nested containers are already off for this CheCluster.');
    case 'checluster-unknown':
      return t(
        'The CheCluster lacks a name, namespace or resourceVersion, so it cannot be changed safely.',
      );
    default: {
      // A check's own reason: its folder's text module words it (tsc makes it provide one).
      const sentence = reasonSentence(code);
      return sentence ? sentence(t, p, result.params) : code;
    }
  }
};
