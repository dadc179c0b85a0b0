/**
 * The PatternFly class names of the markup the plugin renders itself (ColumnTable, MainSection),
 * as the console's stylesheet names them. Literal: react-styles' class maps hold a whole
 * component's names (Table and Page, ~8 KB) for the nine used here, and the console, not the
 * plugin, ships the stylesheet. integration-tests/shell/patternflyClasses.test.ts holds them equal
 * to the maps of the PatternFly each build bundles and present in each real console's stylesheet.
 */
export const PF_CLASSES = {
  table: 'pf-v6-c-table',
  tableThead: 'pf-v6-c-table__thead',
  tableTbody: 'pf-v6-c-table__tbody',
  tableTr: 'pf-v6-c-table__tr',
  tableTh: 'pf-v6-c-table__th',
  tableTd: 'pf-v6-c-table__td',
  compact: 'pf-m-compact',
  noBorderRows: 'pf-m-no-border-rows',
  /** table-grid.css: the table turns into labelled rows below the md breakpoint. */
  gridMd: 'pf-m-grid-md',
  pageMainSection: 'pf-v6-c-page__main-section',
  pageMainBody: 'pf-v6-c-page__main-body',
} as const;
