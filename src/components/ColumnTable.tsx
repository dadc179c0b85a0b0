import * as React from 'react';
import { PF_CLASSES as pf } from './patternflyClasses';

export interface Column<T> {
  title: string;
  render: (row: T) => React.ReactNode;
}

/**
 * A compact table of the given rows, one cell per column (each cell labelled for narrow screens).
 * PatternFly's table markup and classes, styled by the console's PatternFly stylesheet, without
 * @patternfly/react-table: its Td and Th import the actions column, the sort and info popovers
 * and the editable-row decorators, whose Dropdown, Select, Menu and focus trap (~35 KB gzip) every
 * 4.20/4.21 console would fetch to show a static table (those consoles share no PatternFly).
 */
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
  <table
    aria-label={ariaLabel}
    role="grid"
    className={[pf.table, pf.gridMd, pf.compact, ...(borders ? [] : [pf.noBorderRows])].join(' ')}
  >
    <thead className={pf.tableThead}>
      <tr className={pf.tableTr}>
        {columns.map((c) => (
          <th key={c.title} className={pf.tableTh} scope="col">
            {c.title}
          </th>
        ))}
      </tr>
    </thead>
    <tbody className={pf.tableTbody}>
      {rows.map((row) => (
        <tr key={rowKey(row)} className={pf.tableTr} data-test={rowDataTest?.(row)}>
          {columns.map((c) => (
            <td key={c.title} className={pf.tableTd} data-label={c.title}>
              {c.render(row)}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);
