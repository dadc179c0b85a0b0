import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ExpandableSection, List, Stack, StackItem, Title } from '@patternfly/react-core';
import type { CheckId, CheckResult } from '../core/results';
import { orderGroup } from '../core/summary';
import { I18N_NAMESPACE } from '../i18n';
import type { Translate } from '../core/translate';
import { CheckRow } from './CheckRow';

const foldText = (t: Translate, checks: CheckResult[]): string => {
  const passed = String(checks.filter((c) => c.status === 'pass').length);
  const na = String(checks.filter((c) => c.status === 'na').length);
  if (na === '0') return t('Passed: {{passed}}', { passed });
  if (passed === '0') return t('Not applicable: {{na}}', { na });
  return t('Passed: {{passed}}, not applicable: {{na}}', { passed, na });
};

/**
 * A titled group of checks (Platform, Dev Spaces, Workspaces): failures and warnings first, then
 * one line folding the passed and not-applicable ones. Folded rows stay in the DOM (hidden), so
 * `li[data-test="check-<id>"]` exists for every check. Summary links only ever aim at problems,
 * which are never folded.
 */
export const CheckGroup: React.FC<{
  title: string;
  ids: readonly CheckId[];
  checks: CheckResult[];
  /** Which list this is, for summary links (see checkFocus). */
  scope: string;
  headingLevel?: 'h2' | 'h3';
}> = ({ title, ids, checks, scope, headingLevel = 'h3' }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { open, folded } = orderGroup(checks, ids);
  const [unfolded, setUnfolded] = React.useState(false);
  if (!open.length && !folded.length) return null;
  return (
    <section data-test="check-group" aria-label={title}>
      <Stack hasGutter>
        <StackItem>
          <Title headingLevel={headingLevel}>{title}</Title>
        </StackItem>
        {open.length > 0 && (
          <StackItem>
            <List isPlain isBordered>
              {open.map((r) => (
                <CheckRow key={r.id} result={r} scope={scope} />
              ))}
            </List>
          </StackItem>
        )}
        {folded.length > 0 && (
          <StackItem>
            <ExpandableSection
              toggleText={foldText(t, folded)}
              isExpanded={unfolded}
              onToggle={(_e, isExpanded) => setUnfolded(isExpanded)}
              data-test="check-group-fold"
              data-folded={!unfolded}
            >
              <List isPlain isBordered>
                {folded.map((r) => (
                  <CheckRow key={r.id} result={r} scope={scope} />
                ))}
              </List>
            </ExpandableSection>
          </StackItem>
        )}
      </Stack>
    </section>
  );
};
