// Loads a dynamic plugin the way the console does (4.22: @openshift/dynamic-plugin-sdk's
// PluginLoader; 4.20/4.21: the console's own plugin-loader.ts): fetch the manifest, check it,
// insert its entry scripts, receive the container through the entry callback of that release,
// `await container.init(scope)`, and turn `$codeRef`s into lazy functions resolved through
// `container.get()`.
import semver from 'semver';
import type { ConsoleProfile } from './consoleVersions';
import type { ShareScope } from './shareScope';

declare const __KNOWN_EXTENSION_TYPES__: string[];

export type CodeRef = () => Promise<unknown>;
export type PluginExtension = {
  type: string;
  properties: Record<string, unknown>;
  flags?: { required?: string[]; disallowed?: string[] };
  pluginName: string;
  uid: string;
};
export type PluginManifest = {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  extensions: {
    type: string;
    properties: Record<string, unknown>;
    flags?: PluginExtension['flags'];
  }[];
  registrationMethod?: string;
  baseURL?: string;
  loadScripts?: string[];
  buildHash?: string;
  customProperties?: { console?: { displayName?: string; description?: string } };
};
type Container = {
  init: (scope: ShareScope) => unknown;
  get: (module: string) => Promise<() => Record<string, unknown>>;
};
export type LoadedPlugin = {
  name: string;
  manifest: PluginManifest;
  container: Container;
  extensions: PluginExtension[];
  /** Not errors in the console, but worth showing: unknown extension types. */
  warnings: string[];
};

const isCodeRef = (v: unknown): v is { $codeRef: string } =>
  !!v && typeof v === 'object' && typeof (v as { $codeRef?: unknown }).$codeRef === 'string';

/** `Module.export` or `Module` (default export), resolved on first use and cached. */
export const makeCodeRef = (container: Container, ref: string): CodeRef => {
  const [moduleName, exportName = 'default'] = ref.split('.');
  let pending: Promise<unknown> | undefined;
  return () => {
    pending ??= container.get(moduleName).then((factory) => {
      const module = factory();
      if (!(exportName in module)) {
        throw new Error(
          `Missing module export '${moduleName}.${exportName}' of code reference '${ref}'`,
        );
      }
      return module[exportName];
    });
    return pending;
  };
};

const replaceCodeRefs = (value: unknown, container: Container): unknown => {
  if (isCodeRef(value)) return makeCodeRef(container, value.$codeRef);
  if (Array.isArray(value)) return value.map((v) => replaceCodeRefs(v, container));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceCodeRefs(v, container)]),
    );
  }
  return value;
};

const validateManifest = (m: PluginManifest, profile: ConsoleProfile): void => {
  const problems: string[] = [];
  if (typeof m.name !== 'string' || !m.name) problems.push('name is missing');
  if (!semver.valid(m.version)) problems.push(`version '${String(m.version)}' is not semver`);
  if (!Array.isArray(m.extensions)) problems.push('extensions is not an array');
  if (!profile.registrationMethods.includes(m.registrationMethod ?? 'callback')) {
    problems.push(
      `registrationMethod '${String(m.registrationMethod)}' is not supported by console ${profile.release}`,
    );
  }
  if (!Array.isArray(m.loadScripts) || m.loadScripts.length === 0)
    problems.push('loadScripts is empty');
  for (const e of m.extensions ?? []) {
    if (typeof e?.type !== 'string' || typeof e.properties !== 'object') {
      problems.push(`invalid extension ${JSON.stringify(e)}`);
    }
  }
  if (problems.length) throw new Error(`Invalid plugin manifest: ${problems.join('; ')}`);
};

const checkDependencies = (m: PluginManifest, profile: ConsoleProfile): void => {
  for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
    if (dep === '@console/pluginAPI') {
      if (!semver.satisfies(profile.release, range, { includePrerelease: true })) {
        throw new Error(
          `Dependency resolution failed: @console/pluginAPI ${range} is not satisfied by console ${profile.release}`,
        );
      }
    } else {
      throw new Error(
        `Dependency resolution failed: plugin dependency ${dep} ${range} is not loaded`,
      );
    }
  }
};

const pendingEntries = new Map<string, (container: Container) => void>();

const receiveEntry = (pluginId: string, container: Container): void => {
  const resolve = pendingEntries.get(pluginId);
  if (!resolve) {
    console.error(`Received entry callback for unknown plugin ${pluginId}`);
    return;
  }
  pendingEntries.delete(pluginId);
  resolve(container);
};

const installEntryCallbacks = (profile: ConsoleProfile): void => {
  const w = window as unknown as Record<string, unknown>;
  w[profile.entryCallback] = receiveEntry;
  if (profile.legacyEntryCallback) {
    // The 4.22 console's compatibility path for SDK 4.21 builds: `loadPluginEntry("name@version")`.
    w.loadPluginEntry = (pluginId: string, container: Container) => {
      console.warn(
        `Plugin ${pluginId} uses the deprecated window.loadPluginEntry callback (SDK < 4.22)`,
      );
      receiveEntry(pluginId.replace(/@[^@]*$/, ''), container);
    };
  }
};

const insertScript = (src: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Failed to load script ${src}`));
    document.head.appendChild(script);
  });

export const loadPlugin = async (
  name: string,
  profile: ConsoleProfile,
  scope: ShareScope,
): Promise<LoadedPlugin> => {
  installEntryCallbacks(profile);
  const baseURL = `/api/plugins/${name}/`;
  const response = await fetch(`${baseURL}plugin-manifest.json`, { cache: 'no-cache' });
  if (!response.ok) {
    throw new Error(
      `Failed to get plugin manifest from ${baseURL}plugin-manifest.json: HTTP ${response.status}`,
    );
  }
  const manifest = (await response.json()) as PluginManifest;
  validateManifest(manifest, profile);
  if (manifest.name !== name) {
    throw new Error(`Plugin manifest name '${manifest.name}' does not match the plugin '${name}'`);
  }
  checkDependencies(manifest, profile);

  const id = profile.pluginId(manifest);
  const received: { container?: Container } = {};
  pendingEntries.set(id, (c) => (received.container = c));
  // The entry script calls the callback while it executes, so by `onload` it has fired, unless
  // the build targets another console (its callback global is missing here: a ReferenceError).
  for (const script of manifest.loadScripts ?? []) await insertScript(`${baseURL}${script}`);
  pendingEntries.delete(id);
  const { container } = received;
  if (!container) throw new Error(`Entry script for plugin ${id} loaded without callback`);
  await container.init(scope);

  const known = new Set(__KNOWN_EXTENSION_TYPES__);
  const warnings = manifest.extensions
    .filter((e) => !known.has(e.type))
    .map((e) => `Unknown extension type '${e.type}': the console ignores it`);
  warnings.forEach((w) => console.warn(`[${name}] ${w}`));

  const extensions = manifest.extensions.map((e, i) => ({
    ...e,
    properties: replaceCodeRefs(e.properties, container) as Record<string, unknown>,
    pluginName: name,
    uid: `${name}[${i}]`,
  }));
  return { name, manifest, container, extensions, warnings };
};

/** Resolves every code reference now (the console does it lazily); for the plugins page. */
export const resolveAllCodeRefs = async (
  plugin: LoadedPlugin,
): Promise<{ ref: string; error?: string }[]> => {
  const refs = new Set<string>();
  const collect = (v: unknown) => {
    if (isCodeRef(v)) refs.add(v.$codeRef);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  plugin.manifest.extensions.forEach((e) => collect(e.properties));
  return Promise.all(
    [...refs].map(async (ref) => {
      try {
        const value = await makeCodeRef(plugin.container, ref)();
        if (value === undefined)
          return { ref, error: `Code reference '${ref}' resolved to undefined` };
        return { ref };
      } catch (e) {
        return { ref, error: e instanceof Error ? e.message : String(e) };
      }
    }),
  );
};
