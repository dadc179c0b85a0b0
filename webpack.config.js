// Builds the plugin as a webpack module-federation container the OpenShift console loads.
//
// One source tree, two builds (CONSOLE_TARGET):
//   4.22 (default) -> dist/       SDK 4.22, React 18, react-i18next 16, `__load_plugin_entry__`
//   4.21           -> dist-4.21/  SDK 4.21, React 17, react-i18next 11, `loadPluginEntry`,
//                                 for the 4.20 (EUS) and 4.21 consoles.
// The 4.21 build takes the SDK, its webpack plugin, the console-provided singletons and PatternFly
// from builds/console-4.21/node_modules. Each build bundles the PatternFly line its console ships,
// no newer (4.22: 6.4.2; 4.20/4.21: 6.2.2), so where the console shares PatternFly's dynamic
// modules (4.22) the console's copy is the highest satisfying version and serves; the plugin's
// copy stays a fallback that is built but not loaded. 4.20/4.21 share no PatternFly with plugins,
// so there the 4.21 build bundles it as a plain library (see sharedDynamicModuleSettings below).
const path = require('path');
const fs = require('fs');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');

const isProd = process.env.NODE_ENV === 'production';
const target = process.env.CONSOLE_TARGET || '4.22';
const pkg = require('./package.json');

const TARGETS = {
  4.22: {
    modules: path.resolve(__dirname, 'node_modules'),
    outDir: 'dist',
    copyAriaLabel: true,
    pluginAPI: pkg.consolePlugin.dependencies['@console/pluginAPI'],
  },
  4.21: {
    modules: path.resolve(__dirname, 'builds/console-4.21/node_modules'),
    outDir: 'dist-4.21',
    copyAriaLabel: false,
    pluginAPI: '>=4.20.0-0 <4.22.0-0',
    pkg: require('./builds/console-4.21/package.json'),
  },
};
const build = TARGETS[target];
if (!build) throw new Error(`CONSOLE_TARGET must be one of ${Object.keys(TARGETS).join(', ')}`);

const { ConsoleRemotePlugin } = require(
  require.resolve('@openshift-console/dynamic-plugin-sdk-webpack', { paths: [build.modules] }),
);

// The console provides these at run time; for the 4.21 build they must resolve to its versions.
const consoleSingletons = ['react', 'react-dom', 'react-i18next', 'i18next'];
const patternfly = [
  '@patternfly/react-core',
  '@patternfly/react-icons',
  '@patternfly/react-styles',
  '@patternfly/react-tokens',
];
const alias =
  target === '4.22'
    ? {}
    : Object.fromEntries(
        [...consoleSingletons, ...patternfly, '@openshift-console/dynamic-plugin-sdk'].map(
          (name) => [name, path.join(build.modules, name)],
        ),
      );
// 4.20/4.21 share no react-dom with plugins, and the PatternFly this build bundles imports it only
// for createPortal: a one-function module stands in (src/shims/reactDomPortal.ts) instead of a
// second renderer. `react-dom$` matches the bare specifier only.
if (target !== '4.22') {
  delete alias['react-dom'];
  alias['react-dom$'] = path.resolve(__dirname, 'src/shims/reactDomPortal.ts');
}
// The console's own stylesheet styles PatternFly; ConsoleRemotePlugin drops the root install's
// PatternFly CSS only, so drop the 4.21 install's too.
if (target !== '4.22') {
  const styles = path.join(build.modules, '@patternfly/react-styles');
  for (const file of fs.readdirSync(styles, { recursive: true })) {
    if (file.endsWith('.css')) alias[path.join(styles, file)] = false;
  }
}

// The SDK is shared with the console, which registers its own copy as version `0.0.0-fixed` (4.21,
// 4.22) or `*` (4.20): the console's SDK is the console's, whatever its release. ConsoleRemotePlugin
// gives the SDK no requiredVersion (it takes shared modules' ranges from the SDK package's own
// dependencies, which do not name the SDK), so webpack inferred `=4.22.0` from package.json for BOTH
// builds, and every console logged "Unsatisfied version 0.0.0-fixed … of shared singleton module
// @openshift-console/dynamic-plugin-sdk (required =4.22.0)" (no range accepts 0.0.0-fixed, not even
// `*`). Which consoles a build runs on is the manifest's @console/pluginAPI range, checked by the
// console before it loads the plugin; so the builds state no SDK version requirement. ConsoleRemotePlugin
// has no option for it: it hands its shared modules to @openshift/dynamic-plugin-sdk-webpack's
// DynamicRemotePlugin, whose options are amended here just before it applies.
const SDK = '@openshift-console/dynamic-plugin-sdk';
const sdkWebpackDir = path.dirname(
  require.resolve('@openshift-console/dynamic-plugin-sdk-webpack/package.json', {
    paths: [build.modules],
  }),
);
const { DynamicRemotePlugin } = require(
  require.resolve('@openshift/dynamic-plugin-sdk-webpack', { paths: [sdkWebpackDir] }),
);
const applyDynamicRemotePlugin = DynamicRemotePlugin.prototype.apply;
DynamicRemotePlugin.prototype.apply = function apply(compiler) {
  const shared = this.adaptedOptions.sharedModules;
  shared[SDK] = { ...shared[SDK], requiredVersion: false };
  return applyDynamicRemotePlugin.call(this, compiler);
};

const remotePlugin = new ConsoleRemotePlugin({
  pluginMetadata: {
    ...pkg.consolePlugin,
    dependencies: { ...pkg.consolePlugin.dependencies, '@console/pluginAPI': build.pluginAPI },
  },
  // 4.22: map `import { X } from '@patternfly/react-core'` to PatternFly's dynamic modules, which
  // that console shares. 4.20/4.21 share none, and as dynamic modules every component became its
  // own shared chunk carrying its own copy of helpers (tslib, util.js, Button, Spinner): no
  // packageSpecs there, so webpack tree-shakes PatternFly into the chunks that use it.
  sharedDynamicModuleSettings: {
    modulePaths: [build.modules],
    ...(target === '4.22' ? {} : { packageSpecs: {} }),
  },
});
// The plugin reads the shared modules' requiredVersion from the package.json in the working
// directory (the root one); the 4.21 build states its own PatternFly ranges.
if (build.pkg) {
  remotePlugin.pkg = {
    ...remotePlugin.pkg,
    dependencies: { ...remotePlugin.pkg.dependencies, ...build.pkg.dependencies },
  };
}

module.exports = {
  mode: isProd ? 'production' : 'development',
  // No regular entry: ConsoleRemotePlugin adds the plugin entry and exposed modules.
  context: path.resolve(__dirname, 'src'),
  entry: {},
  output: {
    path: path.resolve(__dirname, build.outDir),
    filename: isProd ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
    // The entry lists every chunk's name, hash included (~90 chunks on 4.22): 8 hex digits are
    // enough to bust a cache and keep ~0.7 KB gzip out of the file every console loads at boot.
    chunkFilename: isProd ? '[name]-chunk-[contenthash:8].min.js' : '[name]-chunk.js',
    // The console's CSP forbids eval/new Function; every supported browser has globalThis, so
    // webpack's `new Function('return this')` fallback is not emitted.
    environment: { globalThis: true },
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
    alias,
  },
  module: {
    // An import of a name a module does not export fails the build (the react-dom stand-in above
    // exports createPortal only).
    parser: { javascript: { exportsPresence: 'error' } },
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules|\.test\.tsx?$/,
        use: [
          {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Type-checking runs in `npm run typecheck` (against both SDKs); keep builds fast.
              transpileOnly: true,
            },
          },
        ],
      },
      {
        // No module of the plugin's own has side effects on import, so webpack may leave out a
        // re-export a chunk does not use (components/text/index.ts re-exports the smoke test's
        // words, which only the lazy smoke-test chunk needs).
        test: /\.tsx?$/,
        include: path.resolve(__dirname, 'src'),
        sideEffects: false,
      },
      {
        test: /\.css$/,
        use: ['style-loader', 'css-loader'],
      },
      {
        test: /\.(png|jpg|jpeg|gif|svg|woff2?|ttf|eot|otf)(\?.*$|$)/,
        type: 'asset/resource',
        generator: { filename: isProd ? 'assets/[contenthash][ext]' : 'assets/[name][ext]' },
      },
    ],
  },
  plugins: [
    remotePlugin,
    // What the bundled PatternFly line supports (src/components/copyButtonLabel.ts).
    new webpack.DefinePlugin({
      PATTERNFLY_COPY_ARIA_LABEL: JSON.stringify(build.copyAriaLabel),
      // Written into the fleet's downloadable reports (src/fleet/pluginVersion.ts).
      PLUGIN_VERSION: JSON.stringify(pkg.consolePlugin.version),
    }),
    // The router each console shares with plugins (src/utils/router.ts). Module federation matches
    // shared modules by their bare request, so the file is swapped, not the package aliased.
    ...(target === '4.22'
      ? []
      : [
          new webpack.NormalModuleReplacementPlugin(/[\\/]utils[\\/]router$/, (resource) => {
            resource.request = path.resolve(__dirname, 'src/utils/router-4.21.ts');
          }),
        ]),
    new CopyWebpackPlugin({
      patterns: [{ from: path.resolve(__dirname, 'locales'), to: 'locales' }],
    }),
  ],
  devtool: isProd ? false : 'source-map',
  optimization: {
    chunkIds: isProd ? 'deterministic' : 'named',
    splitChunks: {
      // The fleet page (ACM hubs only) uses the core but not the checklist. Split as usual, webpack
      // would cut the page's and the tab's one shared chunk into core + checklist, and every
      // console would fetch two files (1 KB gzip more) to show the checklist; the fleet page
      // carries its own copy of the core instead.
      chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== 'exposed-FleetPage',
    },
    minimize: isProd,
  },
  performance: { hints: false },
};
