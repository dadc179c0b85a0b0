/**
 * The simulated etcd: objects per resource, one global resourceVersion counter, and a bounded log of
 * change events so watches can resume "from resourceVersion N" like they do against the real server.
 */
import type { ResourceInfo } from './resources';
import type { K8sObjectLike } from './types';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: WatchEventType;
  resource: ResourceInfo;
  rv: number;
  object: K8sObjectLike;
}

const MAX_LOG = 5000;

export const objectKey = (namespace: string | undefined, name: string): string =>
  `${namespace ?? ''}/${name}`;

export const resourceKey = (group: string, plural: string): string => `${group}/${plural}`;

export class ObjectStore {
  private rv = 0;
  private readonly byResource = new Map<string, Map<string, K8sObjectLike>>();
  private readonly listeners = new Set<(e: StoreEvent) => void>();
  private log: StoreEvent[] = [];
  /** Events with rv <= this were dropped from the log: older watch resumes get 410 Gone. */
  private forgottenUpTo = 0;

  get resourceVersion(): number {
    return this.rv;
  }

  private bucket(info: ResourceInfo): Map<string, K8sObjectLike> {
    const key = resourceKey(info.group, info.plural);
    let b = this.byResource.get(key);
    if (!b) {
      b = new Map();
      this.byResource.set(key, b);
    }
    return b;
  }

  get(info: ResourceInfo, namespace: string | undefined, name: string): K8sObjectLike | undefined {
    return this.bucket(info).get(objectKey(info.namespaced ? namespace : undefined, name));
  }

  list(info: ResourceInfo, namespace?: string): K8sObjectLike[] {
    const all = [...this.bucket(info).values()];
    return namespace ? all.filter((o) => o.metadata?.namespace === namespace) : all;
  }

  all(): K8sObjectLike[] {
    const out: K8sObjectLike[] = [];
    for (const b of this.byResource.values()) out.push(...b.values());
    return out;
  }

  /** Insert or replace; stamps a new resourceVersion and notifies watchers. */
  put(info: ResourceInfo, obj: K8sObjectLike, silent = false): K8sObjectLike {
    const meta = obj.metadata ?? {};
    const name = meta.name ?? '';
    const key = objectKey(info.namespaced ? meta.namespace : undefined, name);
    const bucket = this.bucket(info);
    const existed = bucket.has(key);
    this.rv += 1;
    const stored: K8sObjectLike = {
      ...obj,
      apiVersion: info.group ? `${info.group}/${info.version}` : info.version,
      kind: info.kind,
      metadata: { ...meta, resourceVersion: String(this.rv) },
    };
    bucket.set(key, stored);
    if (!silent)
      this.emit({
        type: existed ? 'MODIFIED' : 'ADDED',
        resource: info,
        rv: this.rv,
        object: stored,
      });
    return stored;
  }

  remove(
    info: ResourceInfo,
    namespace: string | undefined,
    name: string,
  ): K8sObjectLike | undefined {
    const key = objectKey(info.namespaced ? namespace : undefined, name);
    const bucket = this.bucket(info);
    const existing = bucket.get(key);
    if (!existing) return undefined;
    bucket.delete(key);
    this.rv += 1;
    const gone: K8sObjectLike = {
      ...existing,
      metadata: { ...existing.metadata, resourceVersion: String(this.rv) },
    };
    this.emit({ type: 'DELETED', resource: info, rv: this.rv, object: gone });
    return gone;
  }

  subscribe(fn: (e: StoreEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Events after `rv`, or 'expired' when some of them were already forgotten. */
  eventsSince(rv: number): StoreEvent[] | 'expired' {
    if (rv < this.forgottenUpTo) return 'expired';
    return this.log.filter((e) => e.rv > rv);
  }

  private emit(e: StoreEvent): void {
    this.log.push(e);
    if (this.log.length > 2 * MAX_LOG) {
      const dropped = this.log.splice(0, this.log.length - MAX_LOG);
      this.forgottenUpTo = dropped[dropped.length - 1].rv;
    }
    for (const l of [...this.listeners]) l(e);
  }
}
