// The PatternFly class names the plugin writes itself (src/components/patternflyClasses.ts) against
// the class maps of the PatternFly each build bundles (react-styles, read as text: the modules
// import their stylesheet) and against the stylesheet each real console loads at boot.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PF_CLASSES } from '../../src/components/patternflyClasses';
import { PF_FLEET_CLASSES } from '../../src/components/fleet/patternflyFleetClasses';
import { findConsoleBuild, REAL_CONSOLE_VERSIONS } from '../real-console/consoleBuild';

const root = path.resolve(__dirname, '../..');
const INSTALLS = {
  '4.22 build (react-styles 6.4)': path.join(root, 'node_modules/@patternfly/react-styles'),
  '4.20/4.21 build (react-styles 6.2)': path.join(
    root,
    'builds/console-4.21/node_modules/@patternfly/react-styles',
  ),
};

type ClassMap = Record<string, string> & { modifiers: Record<string, string> };
const classMap = (styles: string, component: string): ClassMap => {
  const text = readFileSync(path.join(styles, 'css/components', `${component}.mjs`), 'utf8');
  return JSON.parse(
    text
      .replace(/^import .*;$/gm, '')
      .replace(/^export default/m, '')
      .replace(/;\s*$/, ''),
  ) as ClassMap;
};

describe.each(Object.entries(INSTALLS))('the class maps of the %s', (_, styles) => {
  const table = classMap(styles, 'Table/table');
  const grid = classMap(styles, 'Table/table-grid');
  const page = classMap(styles, 'Page/page');
  const formControl = classMap(styles, 'FormControl/form-control');

  it('name every class the plugin writes as the plugin does', () => {
    expect(PF_CLASSES).toEqual({
      table: table.table,
      tableThead: table.tableThead,
      tableTbody: table.tableTbody,
      tableTr: table.tableTr,
      tableTh: table.tableTh,
      tableTd: table.tableTd,
      compact: table.modifiers.compact,
      noBorderRows: table.modifiers.noBorderRows,
      gridMd: grid.modifiers.gridMd,
      pageMainSection: page.pageMainSection,
      pageMainBody: page.pageMainBody,
    });
    expect(PF_FLEET_CLASSES).toEqual({
      tableSort: table.tableSort,
      tableButton: table.tableButton,
      tableButtonContent: table.tableButtonContent,
      tableText: table.tableText,
      tableSortIndicator: table.tableSortIndicator,
      selected: table.modifiers.selected,
      wrap: table.modifiers.wrap,
      formControl: formControl.formControl,
      formControlUtilities: formControl.formControlUtilities,
      formControlToggleIcon: formControl.formControlToggleIcon,
    });
  });
});

describe.each(REAL_CONSOLE_VERSIONS)('the real console %s', (version) => {
  it('styles every class the plugin writes from the stylesheet it loads at boot', () => {
    const dir = findConsoleBuild(version);
    if (!dir) throw new Error(`no console ${version} build`);
    const css = readdirSync(dir)
      .filter((f) => /^app-bundle\.main\..*\.css$/.test(f))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(css.length).toBeGreaterThan(100_000);
    const missing = [...Object.values(PF_CLASSES), ...Object.values(PF_FLEET_CLASSES)].filter(
      (c) => !new RegExp(`\\.${c}(?![\\w-])`).test(css),
    );
    expect(missing).toEqual([]);
  });
});
