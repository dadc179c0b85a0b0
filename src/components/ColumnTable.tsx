import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

export interface Column<T> {
  title: string;
  render: (row: T) => React.ReactNode;
}

/** A compact table of the given rows, one cell per column (each cell labelled for narrow screens). */
export const ColumnTable = <T,>({
  rows,
  columns,
  rowKey,
  rowDataTest,
  ariaLabel,
  borders = true,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** A row's `data-test`, where the rows are part of the automation contract. */
  rowDataTest?: (row: T) => string;
  ariaLabel: string;
  borders?: boolean;
}): React.ReactElement => (
  <Table aria-label={ariaLabel} variant="compact" borders={borders}>
    <Thead>
      <Tr>
        {columns.map((c) => (
          <Th key={c.title}>{c.title}</Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>
      {rows.map((row) => (
        <Tr key={rowKey(row)} data-test={rowDataTest?.(row)}>
          {columns.map((c) => (
            <Td key={c.title} dataLabel={c.title}>
              {c.render(row)}
            </Td>
          ))}
        </Tr>
      ))}
    </Tbody>
  </Table>
);
