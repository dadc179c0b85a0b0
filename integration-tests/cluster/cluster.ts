/**
 * The simulated cluster's state and its write operations (create, replace, patch, delete, external
 * update), with the resourceVersion/generation rules of the real API server.
 */
import { randomUUID } from 'node:crypto';
import { admit } from './admission';
import { applyPatchBody } from './patch';
import {
  ALWAYS_SERVED,
  BUILT_IN_RESOURCES,
  CHE_GROUPS,
  groupOf,
  isOpenShiftGroup,
  resourcesFromCrds,
  versionOf,
} from './resources';
import type { ResourceInfo } from './resources';
import { completeLoaded, stampCreated, stampUpdated } from './metadata';
import { crdSchema } from './schema';
import { alreadyExists, badRequest, conflict, invalid, notFound } from './status';
import { ObjectStore } from './store';
import type { K8sObjectLike, Scenario } from './types';

const CRD_RESOURCE = BUILT_IN_RESOURCES.find(
  (r) => r.plural === 'customresourcedefinitions',
) as ResourceInfo;

export interface WriteOptions {
  strict?: boolean;
}

export interface WriteResult {
  object: K8sObjectLike;
  warnings: string[];
}

const isEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Everything but metadata and status: a change here bumps metadata.generation. */
const specPart = (obj: K8sObjectLike): Record<string, unknown> => {
  const rest: Record<string, unknown> = { ...obj };
  delete rest.metadata;
  delete rest.status;
  return rest;
};

const pluralOf = (kind: string): string => {
  const k = kind.toLowerCase();
  if (k.endsWith('s')) return `${k}es`;
  if (k.endsWith('y')) return `${k.slice(0, -1)}ies`;
  return `${k}s`;
};

export class ClusterState {
  readonly store = new ObjectStore();
  readonly openshift: boolean;
  /** Scenario objects that fail their CRD's schema (kept as given; listed for tests and the CLI). */
  readonly loadProblems: string[] = [];
  private resources: ResourceInfo[] = [];
  /** Kinds met in the scenario that neither the built-in table nor a CRD declares. */
  private readonly dynamic: ResourceInfo[] = [];
  private served = new Set<string>();
  private unservedGroups = new Set<string>();
  private readonly extraGroups: Set<string>;
  /** Pod admission beyond the schema (SCC admission, smokePods.ts): may mutate the pod or throw. */
  podAdmission?: (pod: K8sObjectLike) => void;
  /** The pods/log subresource (smokePods.ts); undefined = pod not found. */
  podLog?: (namespace: string, name: string) => { code: number; text: string } | undefined;

  constructor(readonly scenario: Scenario) {
    const objects = scenario.objects;
    this.openshift =
      scenario.header.openshift ??
      (scenario.hasHeader || objects.some((o) => isOpenShiftGroup(groupOf(o.apiVersion))));
    this.extraGroups = new Set(scenario.header.servedGroups ?? []);
    this.unservedGroups = new Set(scenario.header.unservedGroups ?? []);
    // Dumps may hold kinds the built-in table lacks (Deployments, Events...): serve them too.
    for (const o of objects) {
      const group = groupOf(o.apiVersion);
      if (!this.openshift && isOpenShiftGroup(group)) continue;
      this.extraGroups.add(group);
    }
    this.refreshResources(objects.filter((o) => o.kind === 'CustomResourceDefinition'));
    for (const o of objects) this.load(o);
  }

  private load(o: K8sObjectLike): void {
    const info =
      this.resolve(o.apiVersion, o.kind, o.metadata?.namespace !== undefined) ?? undefined;
    if (!info || !o.metadata?.name) return;
    const obj = structuredClone(o);
    const meta = obj.metadata ?? {};
    if (info.namespaced) meta.namespace ??= 'default';
    else delete meta.namespace;
    completeLoaded(info, meta);
    obj.metadata = meta;
    const schema = this.schemaFor(info);
    if (schema) {
      // Objects read back from a real API server are already defaulted.
      try {
        admit(obj, { schema, openshift: this.openshift, strict: false });
      } catch (e) {
        // A scenario may hold an invalid object on purpose: keep it as stored, but say so.
        this.loadProblems.push(
          `${info.kind} ${meta.namespace ?? ''}/${meta.name}: ${(e as Error).message}`,
        );
      }
    }
    this.store.put(info, obj, true);
  }

  private refreshResources(crds: K8sObjectLike[]): void {
    const fromCrds = resourcesFromCrds(crds);
    this.resources = [...BUILT_IN_RESOURCES, ...fromCrds, ...this.dynamic];
    const crdGroups = new Set(
      crds.map((c) => (c.spec as { group?: string } | undefined)?.group ?? '').filter((g) => g),
    );
    const hasCheCrds = [...crdGroups].some((g) => CHE_GROUPS.has(g));
    const served = new Set(ALWAYS_SERVED);
    for (const r of this.resources) {
      const g = r.group;
      if (isOpenShiftGroup(g)) {
        if (this.openshift) served.add(g);
      } else if (CHE_GROUPS.has(g)) {
        if (hasCheCrds) served.add(g);
      } else if (crdGroups.has(g)) served.add(g);
    }
    for (const g of this.extraGroups) served.add(g);
    for (const g of this.unservedGroups) served.delete(g);
    this.served = served;
  }

  servedGroups(): Set<string> {
    return this.served;
  }

  servedResources(): ResourceInfo[] {
    return this.resources.filter((r) => this.served.has(r.group));
  }

  /** The resource for a URL's group/version/plural, or undefined (→ 404). */
  lookup(group: string, version: string, plural: string): ResourceInfo | undefined {
    if (!this.served.has(group)) return undefined;
    return this.resources.find(
      (r) => r.group === group && r.version === version && r.plural === plural,
    );
  }

  /** The resource an object belongs to; unknown kinds get an entry so a dump keeps them. */
  resolve(
    apiVersion: string | undefined,
    kind: string | undefined,
    namespaced = true,
  ): ResourceInfo | undefined {
    if (!kind) return undefined;
    const group = groupOf(apiVersion);
    const known = this.resources.find((r) => r.group === group && r.kind === kind);
    if (known) return known;
    const version = versionOf(apiVersion);
    if (!version) return undefined;
    const info: ResourceInfo = {
      group,
      version,
      kind,
      plural: pluralOf(kind),
      singular: kind.toLowerCase(),
      namespaced,
      verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
    };
    this.dynamic.push(info);
    this.resources.push(info);
    return info;
  }

  schemaFor(info: ResourceInfo) {
    const crd = this.store.get(CRD_RESOURCE, undefined, `${info.plural}.${info.group}`);
    return crd ? crdSchema(crd, info.version) : undefined;
  }

  get(info: ResourceInfo, namespace: string | undefined, name: string): K8sObjectLike {
    const obj = this.store.get(info, namespace, name);
    if (!obj) throw notFound(info, name);
    return obj;
  }

  private commit(
    info: ResourceInfo,
    prev: K8sObjectLike | undefined,
    next: K8sObjectLike,
    opts: WriteOptions,
  ): WriteResult {
    const warnings = admit(next, {
      schema: this.schemaFor(info),
      openshift: this.openshift,
      strict: !!opts.strict,
    });
    if (
      prev &&
      isEqual(
        { ...next, metadata: { ...next.metadata, resourceVersion: undefined } },
        { ...prev, metadata: { ...prev.metadata, resourceVersion: undefined } },
      )
    ) {
      return { object: prev, warnings };
    }
    const meta = next.metadata ?? {};
    if (prev) {
      stampUpdated(info, prev.metadata, meta, !isEqual(specPart(prev), specPart(next)));
    }
    next.metadata = meta;
    const stored = this.store.put(info, next);
    if (info === CRD_RESOURCE) this.refreshResources(this.store.list(CRD_RESOURCE));
    return { object: stored, warnings };
  }

  create(
    info: ResourceInfo,
    namespace: string | undefined,
    body: K8sObjectLike,
    opts: WriteOptions = {},
  ): WriteResult {
    const obj = structuredClone(body);
    const meta = { ...(obj.metadata ?? {}) };
    if (!meta.name && meta.generateName)
      meta.name = `${meta.generateName}${randomUUID().slice(0, 5)}`;
    if (!meta.name) {
      throw invalid(info.kind, info.group, '', [
        {
          reason: 'FieldValueRequired',
          field: 'metadata.name',
          message: 'Required value: name or generateName is required',
        },
      ]);
    }
    if (info.namespaced) {
      if (meta.namespace && namespace && meta.namespace !== namespace) {
        throw badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      meta.namespace = namespace ?? meta.namespace;
    } else delete meta.namespace;
    if (this.store.get(info, meta.namespace, meta.name)) throw alreadyExists(info, meta.name);
    delete meta.resourceVersion;
    stampCreated(info, meta);
    obj.metadata = meta;
    obj.apiVersion = info.group ? `${info.group}/${info.version}` : info.version;
    obj.kind = info.kind;
    if (info.group === '' && info.plural === 'pods') this.podAdmission?.(obj);
    return this.commit(info, undefined, obj, opts);
  }

  replace(
    info: ResourceInfo,
    namespace: string | undefined,
    name: string,
    body: K8sObjectLike,
    opts: WriteOptions = {},
  ): WriteResult {
    const prev = this.get(info, namespace, name);
    const rv = body.metadata?.resourceVersion;
    if (!rv && this.schemaFor(info)) {
      throw invalid(info.kind, info.group, name, [
        {
          field: 'metadata.resourceVersion',
          message: 'Invalid value: 0x0: must be specified for an update',
        },
      ]);
    }
    if (rv && rv !== prev.metadata?.resourceVersion) throw conflict(info, name);
    const next = structuredClone(body);
    next.metadata = { ...next.metadata, name, namespace: prev.metadata?.namespace };
    return this.commit(info, prev, next, opts);
  }

  patch(
    info: ResourceInfo,
    namespace: string | undefined,
    name: string,
    contentType: string,
    body: string,
    opts: WriteOptions = {},
  ): WriteResult {
    const prev = this.get(info, namespace, name);
    const next = applyPatchBody(prev, contentType, body, this.schemaFor(info) !== undefined);
    // A resourceVersion in the patched result is a precondition (optimistic concurrency).
    const rv = next.metadata?.resourceVersion;
    if (rv && rv !== prev.metadata?.resourceVersion) throw conflict(info, name);
    next.metadata = { ...next.metadata, name, namespace: prev.metadata?.namespace };
    return this.commit(info, prev, next, opts);
  }

  delete(info: ResourceInfo, namespace: string | undefined, name: string): K8sObjectLike {
    const gone = this.store.remove(info, namespace, name);
    if (!gone) throw notFound(info, name);
    if (info === CRD_RESOURCE) this.refreshResources(this.store.list(CRD_RESOURCE));
    return gone;
  }

  /** An external actor's write (operator, test): no admission, new resourceVersion, watch event. */
  update(obj: K8sObjectLike): K8sObjectLike {
    const info = this.resolve(obj.apiVersion, obj.kind, obj.metadata?.namespace !== undefined);
    const name = obj.metadata?.name;
    if (!info || !name)
      throw new Error(
        `cannot store an object without kind/name: ${JSON.stringify(obj).slice(0, 200)}`,
      );
    const prev = this.store.get(info, obj.metadata?.namespace, name);
    const next = structuredClone(obj);
    const meta = { ...next.metadata };
    stampUpdated(info, prev?.metadata, meta, !!prev && !isEqual(specPart(prev), specPart(next)));
    next.metadata = meta;
    const stored = this.store.put(info, next);
    if (info === CRD_RESOURCE) this.refreshResources(this.store.list(CRD_RESOURCE));
    return stored;
  }
}
