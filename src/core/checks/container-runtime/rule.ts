/**
 * container-runtime: crun is the default from 4.18; runc on a pool is worth knowing before nested
 * containers. Two ways a pool stays on runc (machine-config-operator, container-runtime-config
 * controller): a ContainerRuntimeConfig with `defaultRuntime: runc`, or, on clusters that passed
 * through 4.17.z, the generated MachineConfigs `00-override-{master,worker}-generated-crio-default-
 * container-runtime` (a CRI-O drop-in `default_runtime = "runc"`), left in place on OCP and removed
 * by MCO only on OKD (`migrateRuncToCrun`, which also deletes the ConfigMap
 * `crio-default-container-runtime` recording them). A ContainerRuntimeConfig of the pool renders a
 * later MachineConfig (`99-<pool>-generated-containerruntime`), so one saying crun wins over the pin.
 */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import { at, dict, list, nameOf, str } from '../../guards';
import { crcRef, machineConfigRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, result, stateOf, unusable } from '../../resultBuilders';
import {
  MC_ROLE_LABEL,
  RUNC_OVERRIDE_CONFIGMAP,
  RUNC_OVERRIDE_POOLS,
  runcOverrideName,
} from '../../../models/machineConfig';

const POOL_LABEL_PREFIX = 'pools.operator.machineconfiguration.openshift.io/';
const CRIO_DROPIN_DIR = '/etc/crio/crio.conf.d/';
const DEFAULT_RUNTIME_LINE = /^\s*default_runtime\s*=\s*"([^"]*)"/m;

/** Pool names a ContainerRuntimeConfig selects, read from its selector labels. */
export const poolsOf = (crc: unknown): string[] => {
  const selector = dict(at(crc, 'spec', 'machineConfigPoolSelector'));
  const fromLabels = Object.entries(dict(selector.matchLabels)).map(([k, v]) =>
    k.startsWith(POOL_LABEL_PREFIX) ? k.slice(POOL_LABEL_PREFIX.length) : `${k}=${str(v) ?? ''}`,
  );
  const fromExpressions = list(selector.matchExpressions)
    .map((e) => str(dict(e).key))
    .filter((k): k is string => !!k)
    .map((k) => (k.startsWith(POOL_LABEL_PREFIX) ? k.slice(POOL_LABEL_PREFIX.length) : k));
  return [...new Set([...fromLabels, ...fromExpressions])];
};

/** The text of an Ignition data URL (`data:,<url-encoded>` or `data:…;base64,<…>`). */
export const decodeDataUrl = (source: string): string | undefined => {
  const comma = source.indexOf(',');
  if (!source.startsWith('data:') || comma < 0) return undefined;
  const meta = source.slice(5, comma);
  const body = source.slice(comma + 1);
  try {
    return meta.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
  } catch {
    return undefined;
  }
};

/** The `default_runtime` a MachineConfig's CRI-O drop-ins set, when it carries one. */
export const defaultRuntimeOf = (mc: unknown): string | undefined => {
  for (const f of list(at(mc, 'spec', 'config', 'storage', 'files'))) {
    if (!(str(dict(f).path) ?? '').startsWith(CRIO_DROPIN_DIR)) continue;
    const text = decodeDataUrl(str(at(f, 'contents', 'source')) ?? '');
    const m = text ? DEFAULT_RUNTIME_LINE.exec(text) : null;
    if (m) return m[1].toLowerCase();
  }
  return undefined;
};

const runtimeOfCrc = (c: unknown): string | undefined =>
  str(at(c, 'spec', 'containerRuntimeConfig', 'defaultRuntime'))?.toLowerCase();

export const checkContainerRuntime = (snapshot: ClusterSnapshot): CheckResult => {
  const id = 'container-runtime';
  const state = snapshot.containerRuntimeConfigs;
  // No machineconfiguration API (hosted control planes configure nodes from the management
  // cluster): nothing here says which runtime the nodes use.
  if (stateOf(state) === 'not-found') {
    return result(id, 'unknown', 'runtime-api-absent', {}, { remedies: [fix.showNodeRuntime()] });
  }
  const crcs = dataOf(state);
  if (crcs === undefined) return unusable(id, 'containerruntimeconfigs', state);
  const overrides = RUNC_OVERRIDE_POOLS.map((pool) => {
    const name = runcOverrideName(pool);
    return { pool, name, state: snapshot.runtimeOverrides?.[name] };
  });
  for (const o of overrides) {
    const s = stateOf(o.state);
    if (s !== 'loaded' && s !== 'not-found')
      return unusable(id, 'machineconfigs', o.state, machineConfigRef(o.name));
  }

  const runc = list(crcs).filter((c) => runtimeOfCrc(c) === 'runc');
  const crunPools = new Set(
    list(crcs)
      .filter((c) => runtimeOfCrc(c) === 'crun')
      .flatMap(poolsOf),
  );
  const pins = overrides.flatMap((o) => {
    const mc = dataOf(o.state);
    if (mc === undefined) return [];
    const pool = str(at(mc, 'metadata', 'labels', MC_ROLE_LABEL)) ?? o.pool;
    // MCO generated it only to keep runc; a drop-in that says otherwise is not a pin.
    const runtime = defaultRuntimeOf(mc) ?? 'runc';
    return runtime === 'runc' && !crunPools.has(pool) ? [{ name: o.name, pool }] : [];
  });
  if (runc.length === 0 && pins.length === 0) return result(id, 'pass', 'runtime-crun', {});

  const configs = runc.map(nameOf);
  const details: CheckDetail[] = [
    ...pins.map((p) => ({
      key: `machineConfig.${p.name}.default_runtime`,
      actual: 'runc',
      expected: 'crun',
      ok: false,
    })),
    ...runc.map((c) => ({
      key: `containerRuntimeConfig.${nameOf(c)}.defaultRuntime`,
      actual: 'runc',
      expected: 'crun',
      ok: false,
    })),
  ];
  const crcRemedies = configs.flatMap((n) => [fix.useCrun(n), fix.deleteContainerRuntimeConfig(n)]);
  if (pins.length > 0) {
    const machineConfigs = pins.map((p) => p.name);
    return result(
      id,
      'warn',
      'runtime-runc-pinned',
      {
        machineConfigs,
        pools: [...new Set([...pins.map((p) => p.pool), ...runc.flatMap(poolsOf)])],
        configMap: RUNC_OVERRIDE_CONFIGMAP,
        configs,
      },
      {
        object: machineConfigRef(machineConfigs[0]),
        field: 'spec.config.storage.files',
        details,
        remedies: [
          fix.showRuncOverrides(machineConfigs),
          ...machineConfigs.map((n) => fix.deleteRuncOverride(n)),
          ...crcRemedies,
        ],
      },
    );
  }
  return result(
    id,
    'warn',
    'runtime-runc-forced',
    { configs, pools: [...new Set(runc.flatMap(poolsOf))] },
    {
      object: crcRef(configs[0]),
      field: 'spec.containerRuntimeConfig.defaultRuntime',
      details,
      remedies: crcRemedies,
    },
  );
};
