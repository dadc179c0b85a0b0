import * as React from 'react';
import { List, Stack, StackItem, Title } from '@patternfly/react-core';
import type { CheckId, CheckResult } from '../core/results';
import { CheckRow } from './CheckRow';

/** A titled group of checks (Platform, Dev Spaces, Workspaces), in the core's order. */
export const CheckGroup: React.FC<{
  title: string;
  ids: readonly CheckId[];
  checks: CheckResult[];
  headingLevel?: 'h2' | 'h3';
}> = ({ title, ids, checks, headingLevel = 'h3' }) => {
  const rows = checks.filter((c) => ids.includes(c.id));
  if (!rows.length) return null;
  return (
    <section data-test="check-group" aria-label={title}>
      <Stack hasGutter>
        <StackItem>
          <Title headingLevel={headingLevel}>{title}</Title>
        </StackItem>
        <StackItem>
          <List isPlain isBordered>
            {rows.map((r) => (
              <CheckRow key={r.id} result={r} />
            ))}
          </List>
        </StackItem>
      </Stack>
    </section>
  );
};
