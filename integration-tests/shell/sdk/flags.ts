// Feature flags: `console.flag/model` extensions are set once discovery knows whether the model
// is served (true) or not (false); undefined while pending, as in the console's FLAGS state.
// React's own useSyncExternalStore on 18; a polyfill on React 17 (the 4.20/4.21 shell).
import { useSyncExternalStore } from 'use-sync-external-store/shim';
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import { discoveryStore, getK8sModel } from './discovery';
import { createStore } from './store';

export type ModelFlag = { flag: string; model: K8sGroupVersionKind };

export const flagStore = createStore<Readonly<Record<string, boolean | undefined>>>({});

let modelFlags: ModelFlag[] = [];

const evaluate = (): void => {
  const discovery = discoveryStore.get();
  if (!discovery.loaded) return;
  const next: Record<string, boolean> = { ...flagStore.get() } as Record<string, boolean>;
  let changed = false;
  for (const { flag, model } of modelFlags) {
    const value = !!getK8sModel(discovery, model);
    if (next[flag] !== value) {
      next[flag] = value;
      changed = true;
    }
  }
  if (changed) flagStore.set(next);
};

discoveryStore.subscribe(evaluate);

export const registerModelFlags = (flags: ModelFlag[]): void => {
  modelFlags = [...modelFlags, ...flags];
  evaluate();
};

export const useFlag = (flag: string): boolean =>
  useSyncExternalStore(flagStore.subscribe, () => flagStore.get()[flag]) as boolean;
