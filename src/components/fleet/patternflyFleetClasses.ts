/**
 * The PatternFly class names of the fleet page's own markup: its sortable headers (FleetTable)
 * and native selects (NativeSelect); held to PatternFly and the consoles with ../patternflyClasses.ts
 * (integration-tests/shell/patternflyClasses.test.ts). A file of its own: an export webpack sees
 * used anywhere stays in every chunk holding the module, and the checklist's chunk is on every
 * console.
 */
export const PF_FLEET_CLASSES = {
  tableSort: 'pf-v6-c-table__sort',
  tableButton: 'pf-v6-c-table__button',
  tableButtonContent: 'pf-v6-c-table__button-content',
  tableText: 'pf-v6-c-table__text',
  tableSortIndicator: 'pf-v6-c-table__sort-indicator',
  selected: 'pf-m-selected',
  /** Header text wraps instead of being cut to an ellipsis. */
  wrap: 'pf-m-wrap',
  formControl: 'pf-v6-c-form-control',
  formControlUtilities: 'pf-v6-c-form-control__utilities',
  formControlToggleIcon: 'pf-v6-c-form-control__toggle-icon',
} as const;
