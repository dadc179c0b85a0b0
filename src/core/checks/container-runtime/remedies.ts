/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';

export const deleteContainerRuntimeConfig = (name: string): Remedy =>
  oc('delete-container-runtime-config', `oc delete containerruntimeconfig ${name}`);

export const useCrun = (name: string): Remedy =>
  oc(
    'container-runtime-crun',
    `oc patch containerruntimeconfig ${name} --type=merge -p '{"spec":{"containerRuntimeConfig":{"defaultRuntime":"crun"}}}'`,
  );

/** The generated runc pins, as MCO wrote them (their CRI-O drop-in says default_runtime = "runc"). */
export const showRuncOverrides = (names: readonly string[]): Remedy =>
  oc('show-runc-overrides', `oc get machineconfig ${names.join(' ')} -o yaml`);

/**
 * The documented way off the pin (OpenShift docs, "Configuring the container runtime": clusters
 * updated from 4.17 delete these MachineConfigs): the pool's nodes drain and reboot onto crun.
 */
export const deleteRuncOverride = (name: string): Remedy =>
  oc('delete-runc-override', `oc delete machineconfig ${name}`);

/** Where the cluster cannot say (no machineconfiguration API): ask CRI-O on a node. */
export const showNodeRuntime = (): Remedy =>
  oc(
    'show-node-runtime',
    `oc debug node/<node> -- chroot /host crio config 2>/dev/null | grep -m1 default_runtime`,
  );
