// The module-federation `default` share scope the console hands to `container.init()`:
// `{ [module]: { [version]: { get, loaded, from, eager } } }`, `get()` resolving to a factory.
// Only the console-provided singletons the shell has; a plugin consuming another one fails the
// way webpack fails when a shared module is missing.
export type ShareEntry = {
  get: () => Promise<() => unknown>;
  loaded?: 1;
  from: string;
  eager: boolean;
};
export type ShareScope = Record<string, Record<string, ShareEntry>>;

export type ProvidedModule = { name: string; version: string; module: unknown };

export const createShareScope = (modules: ProvidedModule[]): ShareScope => {
  const scope: ShareScope = {};
  for (const { name, version, module } of modules) {
    scope[name] = {
      ...(scope[name] ?? {}),
      [version]: {
        get: () => Promise.resolve(() => module),
        loaded: 1,
        from: 'openshift-console',
        eager: true,
      },
    };
  }
  return scope;
};
