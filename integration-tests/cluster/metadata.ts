/**
 * metadata.uid, creationTimestamp and generation as the API server sets them: a new uid and the
 * current time (RFC 3339, whole seconds, as metav1.Time marshals) on create; generation 1 on create
 * and +1 on a change outside metadata/status, only for kinds whose registry strategy tracks it
 * (custom resources, workloads) — not ConfigMaps, Secrets, Namespaces, RBAC objects and the like.
 * Scenario objects without them get values derived from the object, so every run is the same.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ResourceInfo } from './resources';
import type { ObjectMetaLike } from './types';

/** creationTimestamp of scenario objects that have none. */
export const SCENARIO_CREATION_TIMESTAMP = '2026-01-01T00:00:00Z';

/** Kinds whose strategy leaves metadata.generation unset (k8s.io/kubernetes pkg/registry/...). */
const NO_GENERATION = new Set([
  '/Namespace',
  '/ConfigMap',
  '/Secret',
  '/ServiceAccount',
  '/Service',
  '/Endpoints',
  '/Event',
  '/Node',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'rbac.authorization.k8s.io/Role',
  'rbac.authorization.k8s.io/RoleBinding',
  'user.openshift.io/User',
]);

export const tracksGeneration = (info: ResourceInfo): boolean =>
  !NO_GENERATION.has(`${info.group}/${info.kind}`);

export const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A UUID (version-5 layout) from the object's identity: stable across runs and loads. */
export function derivedUid(info: ResourceInfo, meta: ObjectMetaLike): string {
  const h = createHash('sha1')
    .update(`${info.group}/${info.kind}/${meta.namespace ?? ''}/${meta.name ?? ''}`)
    .digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Fills what a scenario object read back from a real cluster would carry. */
export function completeLoaded(info: ResourceInfo, meta: ObjectMetaLike): void {
  meta.uid ??= derivedUid(info, meta);
  meta.creationTimestamp ??= SCENARIO_CREATION_TIMESTAMP;
  if (tracksGeneration(info)) meta.generation ??= 1;
}

/** What the API server sets on create, whatever the client sent. */
export function stampCreated(info: ResourceInfo, meta: ObjectMetaLike): void {
  meta.uid = randomUUID();
  meta.creationTimestamp = now();
  if (tracksGeneration(info)) meta.generation = 1;
  else delete meta.generation;
}

/** Carries uid/creationTimestamp over an update and bumps generation when the spec changed. */
export function stampUpdated(
  info: ResourceInfo,
  prev: ObjectMetaLike | undefined,
  meta: ObjectMetaLike,
  specChanged: boolean,
): void {
  meta.uid = prev?.uid ?? meta.uid ?? randomUUID();
  meta.creationTimestamp = prev?.creationTimestamp ?? meta.creationTimestamp ?? now();
  if (!tracksGeneration(info)) {
    delete meta.generation;
    return;
  }
  const generation = prev?.generation ?? meta.generation ?? 1;
  meta.generation = prev && specChanged ? generation + 1 : generation;
}
