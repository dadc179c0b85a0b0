/**
 * container-run-settings: what the CheCluster's run configuration will give every workspace pod,
 * judged before any pod exists. che-operator copies `containerRunConfiguration` into the DWOC
 * whatever it says (workspace-config compares the copy), so an administrator who overrides
 * `containerSecurityContext` or `workspacesPodAnnotations` without what the CRD defaults carry
 * reaches every new workspace, with or without the switch on:
 * - `procMount: Unmasked` (CRD default; its description: podman configures networking through
 *   the container's own /proc/sys; masked, che#22807);
 * - the CRI-O devices annotation with /dev/fuse (without it the developer image's entrypoint falls
 *   back to the vfs driver, which copies every layer of every image) and /dev/net/tun (pasta
 *   networking; without it only --network=host works, a warning).
 * The same misses as workspace-pod-config finds on running pods, whose remedy is here.
 */
import type { CheckDetail, CheckResult } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import { containerRunConfigOf } from '../../cheCluster';
import { devicesOf, expectedPodAnnotations } from '../../dwocExpected';
import { cheClusterRef } from '../../refs';
import { result } from '../../resultBuilders';
import { CRIO_DEVICES_ANNOTATION } from '../../../models/cheCluster';
import * as fix from './remedies';

const RUN = 'spec.devEnvironments.containerRunConfiguration';
export const PROC_MOUNT_FIELD = `${RUN}.containerSecurityContext.procMount`;
export const DEVICES_FIELD = `${RUN}.workspacesPodAnnotations["${CRIO_DEVICES_ANNOTATION}"]`;

export const checkContainerRunSettings = (ctx: CheClusterContext): CheckResult => {
  const id = 'container-run-settings';
  const procMount = containerRunConfigOf(ctx.cheCluster).procMount ?? null;
  const devicesValue = expectedPodAnnotations(ctx.cheCluster)[CRIO_DEVICES_ANNOTATION];
  const devices = devicesOf(devicesValue);
  const fuse = devices.has('/dev/fuse');
  const tun = devices.has('/dev/net/tun');
  const unmasked = procMount === 'Unmasked';
  const details: CheckDetail[] = [
    { key: PROC_MOUNT_FIELD, actual: procMount, expected: 'Unmasked', ok: unmasked },
    {
      key: DEVICES_FIELD,
      actual: devicesValue ?? null,
      expected: '/dev/fuse,/dev/net/tun',
      ok: fuse && tun,
    },
  ];
  if (unmasked && fuse && tun) return result(id, 'pass', 'run-settings-ok', {}, { details });
  const missingDevices = [...(fuse ? [] : ['/dev/fuse']), ...(tun ? [] : ['/dev/net/tun'])];
  const extras = {
    object: cheClusterRef(ctx.namespace, ctx.name),
    field: RUN,
    details,
    remedies: [
      fix.restoreRunSettings(ctx.namespace, ctx.name, {
        procMount: !unmasked,
        devices: missingDevices.length ? [...devices, ...missingDevices] : undefined,
      }),
    ],
  };
  if (unmasked && fuse) return result(id, 'warn', 'run-settings-no-tun', {}, extras);
  const fields = [
    ...(unmasked ? [] : [`procMount: ${procMount ?? '(unset)'}`]),
    ...(fuse ? [] : [`${CRIO_DEVICES_ANNOTATION} without /dev/fuse`]),
  ];
  return result(id, 'fail', 'run-settings-broken', { fields }, extras);
};
