// Bundles the shell (app/ + sdk/, React, react-i18next, react-router, PatternFly CSS) with esbuild
// into dist-shell/<console>-<mode>/ (gitignored and lint-ignored like dist-*), skipping the build when no source changed.
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type ShellMode = 'production' | 'development';
export type ShellBuild = { dir: string; publicPath: string; files: string[] };

const here = __dirname;
const root = path.resolve(here, '../..');
const nodeModules = path.join(root, 'node_modules');

const listFiles = (dir: string, test: (f: string) => boolean): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return listFiles(full, test);
    return test(full) ? [full] : [];
  });

const packageVersion = (name: string): string =>
  (
    JSON.parse(readFileSync(path.join(nodeModules, name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** Extension types the SDK schema knows; anything else is reported as unknown. */
const knownExtensionTypes = (): string[] => {
  const schema = readFileSync(
    path.join(
      nodeModules,
      '@openshift-console/dynamic-plugin-sdk-webpack/schema/console-extensions.json',
    ),
    'utf8',
  );
  return [
    ...new Set([...schema.matchAll(/"const":\s*"([a-z-]+\.[^"]+)"/g)].map((m) => m[1])),
  ].sort();
};

const sourceStamp = (consoleVersion: string, mode: ShellMode): string => {
  const hash = createHash('sha256').update(`${consoleVersion}|${mode}`);
  const files = [
    ...listFiles(path.join(here, 'app'), () => true),
    ...listFiles(path.join(here, 'sdk'), () => true),
    __filename,
    path.join(root, 'package-lock.json'),
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

export const buildShell = async (
  consoleVersion = '4.22',
  mode: ShellMode = 'production',
): Promise<ShellBuild> => {
  const name = `${consoleVersion}-${mode}`;
  const dir = path.join(root, 'dist-shell', name);
  const publicPath = `/shell/${name}`;
  const stampFile = path.join(dir, 'stamp.json');
  const stamp = sourceStamp(consoleVersion, mode);
  const entry = path.join(here, 'app', `entry-${consoleVersion}.tsx`);
  if (!existsSync(entry))
    throw new Error(`No shell entry for console ${consoleVersion} (${entry})`);
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
  const pfEntry = path.join(root, 'dist-shell', 'patternfly.css');
  writeFileSync(pfEntry, pfCss.map((f) => `@import ${JSON.stringify(f)};`).join('\n'));

  const sharedVersions = {
    react: packageVersion('react'),
    'react-i18next': packageVersion('react-i18next'),
    'react-router': packageVersion('react-router'),
  };
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
      __KNOWN_EXTENSION_TYPES__: JSON.stringify(knownExtensionTypes()),
    },
    plugins: [dropPatternFlyComponentCss],
    logLevel: 'warning',
  });
  const files = Object.keys(result.metafile.outputs).map((f) =>
    path.relative(dir, path.resolve(root, f)),
  );
  writeFileSync(stampFile, JSON.stringify({ stamp, files }, null, 2));
  return { dir, publicPath, files };
};
