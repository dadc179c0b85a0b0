import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ExpandableSection, Flex, FlexItem, Spinner } from '@patternfly/react-core';
import type { CheckResult } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { CheckDetails } from './CheckDetails';
import { checkTitle } from './text';
import { reasonText } from './text';
import { StatusIcon } from './StatusIcon';
import { useFocusRequest } from './checkFocus';

// Remedies (PatternFly's ClipboardCopy) load only when a check that needs action shows one.
const Remedy = React.lazy(() => import('./Remedy').then((m) => ({ default: m.Remedy })));

/**
 * One check: status, name, the sentence explaining it; its evidence and remedies behind a
 * disclosure that starts open for warnings and failures (its content renders only while open). A
 * summary link aimed at it (same `scope`) opens it, scrolls to it and moves focus to it.
 */
export const CheckRow: React.FC<{ result: CheckResult; scope?: string }> = ({
  result,
  scope = '',
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const needsAction = result.status === 'fail' || result.status === 'warn';
  // Follows the status (data may arrive after the first render) until the user chooses.
  const [choice, setChoice] = React.useState<boolean | null>(null);
  const expanded = choice ?? needsAction;
  const ref = React.useRef<HTMLLIElement>(null);
  const request = useFocusRequest(scope, [result.id], () => setChoice(true));
  const requested = request?.seq;
  React.useEffect(() => {
    if (requested === undefined) return;
    ref.current?.scrollIntoView?.({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [requested]);
  const title = checkTitle(t, result.id);
  const hasMore = result.details.length > 0 || (needsAction && result.remedies.length > 0);
  return (
    <li
      ref={ref}
      tabIndex={-1}
      data-test={`check-${result.id}`}
      data-status={result.status}
      className="dsnc-check"
    >
      <Flex alignItems={{ default: 'alignItemsFlexStart' }} flexWrap={{ default: 'nowrap' }}>
        <FlexItem style={{ minWidth: '9rem' }}>
          <StatusIcon status={result.status} />
        </FlexItem>
        {/* minWidth 0: lets long commands and tables shrink to the row instead of overflowing it. */}
        <FlexItem grow={{ default: 'grow' }} style={{ minWidth: 0 }}>
          <strong>{title}</strong>
          <div data-test="check-reason" data-reason={result.reason}>
            {reasonText(t, result)}
          </div>
          {hasMore && (
            <ExpandableSection
              toggleText={expanded ? t('Hide details') : t('Show details')}
              onToggle={(_e, isExpanded) => setChoice(isExpanded)}
              isExpanded={expanded}
              isIndented
            >
              {/* PatternFly keeps a collapsed section's children in the DOM (hidden); rendering
                  them only when open spares a passing check's evidence tables at open, and with
                  them the paged table's chunk where a check lists thousands of workspaces. */}
              {expanded && (
                <CheckDetails
                  details={result.details}
                  label={t('Details: {{check}}', { check: title })}
                />
              )}
              {expanded && needsAction && result.remedies.length > 0 && (
                <React.Suspense fallback={<Spinner size="md" aria-hidden />}>
                  {result.remedies.map((remedy, i) => (
                    <Remedy key={`${remedy.code}-${i}`} remedy={remedy} />
                  ))}
                </React.Suspense>
              )}
            </ExpandableSection>
          )}
        </FlexItem>
      </Flex>
    </li>
  );
};
