import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { CheckDetail } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { detailLabel } from './text';
import { formatParam } from './text';

/** The facts that prove a result: each field found, against the one expected. */
export const CheckDetails: React.FC<{ details: CheckDetail[]; label: string }> = ({
  details,
  label,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  if (!details.length) return null;
  const hasExpected = details.some((d) => d.expected !== undefined);
  const hasOk = details.some((d) => d.ok !== undefined);
  return (
    // Long field paths and values wrap, and a table still wider than the row scrolls inside it.
    <div style={{ overflowX: 'auto' }}>
      <Table variant="compact" aria-label={label} borders={false}>
        <Thead>
          <Tr>
            <Th>{t('Field')}</Th>
            <Th>{t('Found')}</Th>
            {hasExpected && <Th>{t('Expected')}</Th>}
            {hasOk && <Th>{t('Result')}</Th>}
          </Tr>
        </Thead>
        <Tbody>
          {details.map((d) => (
            <Tr key={d.key} data-test={`detail-${d.key}`}>
              <Td dataLabel={t('Field')}>
                {detailLabel(t, d.key) ?? <code style={{ wordBreak: 'break-word' }}>{d.key}</code>}
              </Td>
              <Td dataLabel={t('Found')}>
                <code>{formatParam(d.actual)}</code>
              </Td>
              {hasExpected && (
                <Td dataLabel={t('Expected')}>
                  {d.expected !== undefined && <code>{formatParam(d.expected)}</code>}
                </Td>
              )}
              {hasOk && (
                <Td dataLabel={t('Result')}>
                  {d.ok === true && t('Matches')}
                  {d.ok === false && <strong>{t('Differs')}</strong>}
                </Td>
              )}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </div>
  );
};
