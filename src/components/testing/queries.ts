/**
 * Queries over the plugin's automation contract (`data-test`, with `data-checluster`,
 * `data-status`, `data-reason` beside it), for the component tests. The contract's extra data
 * attributes are what the console's own tests and an administrator's scripts read, so reading
 * them here is the point; this module is where the DOM is walked, so the tests do not.
 */
import { screen, within } from '@testing-library/react';

const scopeOf = (scope?: HTMLElement) => (scope ? within(scope) : screen);

/** One CheCluster's checklist on the page or the tab. */
export const sectionOf = (ref: string): HTMLElement =>
  byData(screen.getAllByTestId('checluster-section'), 'checluster', ref);

/** One CheCluster's summary (state, verdict, switch) above the checklists. */
export const summaryOf = (ref: string): HTMLElement =>
  byData(screen.getAllByTestId('nested-containers-summary'), 'checluster', ref);

export const checkRow = (id: string, scope?: HTMLElement): HTMLElement =>
  scopeOf(scope).getByTestId(`check-${id}`);

/** The check rows (list items `check-<id>`), in document order. */
export const checkRows = (scope?: HTMLElement): HTMLElement[] =>
  scopeOf(scope).queryAllByTestId(
    (id, el) => el?.tagName === 'LI' && id.startsWith('check-') && id !== 'check-group',
  );

/** Every element of the check contract (rows, groups, reasons), to assert there are none. */
export const checkContract = (): HTMLElement[] => screen.queryAllByTestId(/^check-/);

/** The reason code a check row shows. */
export const reasonOf = (id: string): string | undefined =>
  within(checkRow(id)).getByTestId('check-reason').dataset.reason;

/** Elements naming a CheCluster (`data-checluster`): summaries, sections, links. */
export const cheClusterElements = (): Element[] => [
  ...document.querySelectorAll('[data-checluster]'),
];

/** Every `id` in a rendered tree: ids must be unique on the console's page. */
export const idsIn = (root: Element): string[] =>
  [...root.querySelectorAll('[id]')].map((e) => e.id);

/** Where keyboard focus is. */
export const focused = (): Element | null => document.activeElement;

/** Whether `b` comes after `a` in the document. */
export const follows = (a: Node, b: Node): boolean =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

const byData = (elements: HTMLElement[], key: string, value: string): HTMLElement => {
  const found = elements.find((e) => e.dataset[key] === value);
  if (!found) throw new Error(`no element with data-${key}="${value}"`);
  return found;
};
