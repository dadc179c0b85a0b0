// Bundles the shell (app/ + sdk/, React, react-i18next, react-router, PatternFly CSS) with esbuild
// into dist-shell/<shell>-<mode>/ (gitignored and lint-ignored like dist-*), skipping the build when no source changed.
// Two shells: 4.22 (React 18, from node_modules) and 4.21, for consoles 4.20 and 4.21 (React 17,
// react-i18next 11, react-router 5 + v5-compat, from builds/console-4.21/node_modules).
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { consoleProfile } from './app/consoleVersions';

export type ShellMode = 'production' | 'development';
export type ShellBuild = { dir: string; publicPath: string; files: string[] };

const here = __dirname;
const root = path.resolve(here, '../..');
const nodeModules = path.join(root, 'node_modules');
const console421 = path.join(root, 'builds/console-4.21');
const console421Modules = path.join(console421, 'node_modules');
/**
 * esbuild names importers by their real path: where node_modules is a symlink (a git worktree
 * sharing the main tree's install) a package inside it must still count as inside it.
 */
const console421ModulesReal = existsSync(console421Modules)
  ? realpathSync(console421Modules)
  : console421Modules;
/** Where each shell's console-provided packages (and the SDK schema) come from. */
const SHELL_MODULES = { '4.22': nodeModules, '4.21': console421Modules };

const listFiles = (dir: string, test: (f: string) => boolean): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return listFiles(full, test);
    return test(full) ? [full] : [];
  });

const packageVersion = (modules: string, name: string): string =>
  (
    JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** Extension types the SDK schema knows; anything else is reported as unknown. */
const knownExtensionTypes = (modules: string): string[] => {
  const schema = readFileSync(
    path.join(
      modules,
      '@openshift-console/dynamic-plugin-sdk-webpack/schema/console-extensions.json',
    ),
    'utf8',
  );
  return [
    ...new Set([...schema.matchAll(/"const":\s*"([a-z-]+\.[^"]+)"/g)].map((m) => m[1])),
  ].sort();
};

const sourceStamp = (shell: string, mode: ShellMode): string => {
  const hash = createHash('sha256').update(`${shell}|${mode}`);
  const files = [
    ...listFiles(path.join(here, 'app'), () => true),
    ...listFiles(path.join(here, 'sdk'), () => true),
    __filename,
    path.join(root, 'package-lock.json'),
    ...(shell === '4.21' ? [path.join(console421, 'package-lock.json')] : []),
  ].sort();
  for (const f of files) hash.update(`${f}:${statSync(f).mtimeMs}`);
  return hash.digest('hex');
};

/** PatternFly React imports its component CSS; like the plugin build, drop it (patternfly.css has it all). */
const dropPatternFlyComponentCss: Plugin = {
  name: 'drop-patternfly-component-css',
  setup(b) {
    b.onResolve({ filter: /\.css$/ }, (args) => {
      const fromPatternFly =
        args.path.includes('react-styles/css/') || args.resolveDir.includes('react-styles/css');
      return fromPatternFly && args.kind !== 'import-rule'
        ? { path: args.path, namespace: 'empty-css' }
        : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'empty-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

/**
 * The 4.21 shell: every console-provided package (React 17 and friends) resolves from
 * builds/console-4.21/node_modules, also when PatternFly or the shim in node_modules imports it.
 * The shell's own components are written against the react-router v6/v7 API (Routes, element):
 * there `react-router` means react-router-dom-v5-compat, as in the 4.20/4.21 console's code;
 * the entry file gets the real react-router 5.3 for the share scope.
 */
const CONSOLE_421_PACKAGES =
  /^(react|react-dom|react-i18next|i18next|react-router|react-router-dom|react-router-dom-v5-compat)(\/.*)?$/;
const resolveFromConsole421: Plugin = {
  name: 'console-4.21-packages',
  setup(b) {
    b.onResolve({ filter: CONSOLE_421_PACKAGES }, async (args) => {
      if (
        args.pluginData === 'console-4.21' ||
        args.importer.startsWith(console421Modules + path.sep) ||
        args.importer.startsWith(console421ModulesReal + path.sep)
      )
        return undefined;
      const fromShellComponent =
        args.importer.startsWith(here + path.sep) && !/entry-[\d.]+\.tsx$/.test(args.importer);
      const request =
        args.path === 'react-router' && fromShellComponent
          ? 'react-router-dom-v5-compat'
          : args.path;
      const r = await b.resolve(request, {
        kind: args.kind,
        resolveDir: console421,
        pluginData: 'console-4.21',
      });
      return r.errors.length ? { errors: r.errors } : { path: r.path };
    });
  },
};

export const buildShell = async (
  consoleVersion = '4.22',
  mode: ShellMode = 'production',
): Promise<ShellBuild> => {
  const shell = consoleProfile(consoleVersion).shell;
  const modules = SHELL_MODULES[shell];
  const name = `${shell}-${mode}`;
  const dir = path.join(root, 'dist-shell', name);
  const publicPath = `/shell/${name}`;
  const stampFile = path.join(dir, 'stamp.json');
  const stamp = sourceStamp(shell, mode);
  const entry = path.join(here, 'app', `entry-${shell}.tsx`);
  if (existsSync(stampFile)) {
    const previous = JSON.parse(readFileSync(stampFile, 'utf8')) as {
      stamp: string;
      files: string[];
    };
    if (previous.stamp === stamp) return { dir, publicPath, files: previous.files };
  }
  mkdirSync(dir, { recursive: true });

  // The console serves PatternFly's full CSS; plugins build with it aliased away.
  const pfCss = [
    path.join(nodeModules, '@patternfly/react-core/dist/styles/base.css'),
    ...['components', 'layouts', 'utilities'].flatMap((d) =>
      listFiles(path.join(nodeModules, '@patternfly/react-styles/css', d), (f) =>
        f.endsWith('.css'),
      ),
    ),
  ];
  const pfEntry = path.join(root, 'dist-shell', `patternfly-${shell}.css`);
  writeFileSync(pfEntry, pfCss.map((f) => `@import ${JSON.stringify(f)};`).join('\n'));

  const shared = ['react', 'react-i18next', 'react-router'];
  if (shell === '4.21') shared.push('react-router-dom', 'react-router-dom-v5-compat');
  const sharedVersions = Object.fromEntries(shared.map((n) => [n, packageVersion(modules, n)]));
  const result = await build({
    entryPoints: { shell: entry, patternfly: pfEntry },
    outdir: dir,
    bundle: true,
    format: 'iife',
    target: 'es2021',
    jsx: 'automatic',
    minify: mode === 'production',
    sourcemap: 'linked',
    metafile: true,
    publicPath,
    assetNames: 'assets/[name]-[hash]',
    loader: {
      '.woff2': 'file',
      '.woff': 'file',
      '.ttf': 'file',
      '.svg': 'file',
      '.png': 'file',
      '.jpg': 'file',
    },
    define: {
      'process.env.NODE_ENV': JSON.stringify(mode),
      __SHARED_VERSIONS__: JSON.stringify(sharedVersions),
      __KNOWN_EXTENSION_TYPES__: JSON.stringify(knownExtensionTypes(modules)),
    },
    plugins: [dropPatternFlyComponentCss, ...(shell === '4.21' ? [resolveFromConsole421] : [])],
    logLevel: 'warning',
  });
  const files = Object.keys(result.metafile.outputs).map((f) =>
    path.relative(dir, path.resolve(root, f)),
  );
  writeFileSync(stampFile, JSON.stringify({ stamp, files }, null, 2));
  return { dir, publicPath, files };
};
