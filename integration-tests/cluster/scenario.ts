/**
 * Scenario loading: a YAML/JSON file or a directory read recursively (an `oc get -o yaml` dump or a
 * must-gather tree works as is), plain objects, `kind: List` and `*List` documents, and an optional
 * SimulatedClusterScenario header with includes, RBAC denials, faults and generators.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { clusterNodes } from '../../src/core/testing/nodes';
import { generateWorkspaces } from './generate';
import { groupOf } from './resources';
import { HEADER_KIND } from './types';
import type { K8sObjectLike, Scenario, ScenarioHeader } from './types';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const parsed = new Map<string, { mtimeMs: number; docs: K8sObjectLike[] }>();

const isObject = (v: unknown): v is K8sObjectLike =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Flattens List documents; keeps only things that look like Kubernetes objects (or a header). */
function flatten(doc: unknown, out: K8sObjectLike[]): void {
  if (!isObject(doc) || typeof doc.kind !== 'string') return;
  if (doc.kind === HEADER_KIND) {
    out.push(doc);
    return;
  }
  if (doc.kind.endsWith('List') && Array.isArray(doc.items)) {
    const itemKind = doc.kind === 'List' ? undefined : doc.kind.slice(0, -'List'.length);
    for (const item of doc.items as unknown[]) {
      if (!isObject(item)) continue;
      flatten({ apiVersion: doc.apiVersion, kind: itemKind, ...item }, out);
    }
    return;
  }
  if (typeof doc.apiVersion === 'string' && doc.metadata?.name) out.push(doc);
}

async function readDocs(file: string): Promise<K8sObjectLike[]> {
  const { mtimeMs } = await stat(file);
  const cached = parsed.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.docs;
  const text = await readFile(file, 'utf8');
  const docs: K8sObjectLike[] = [];
  for (const doc of parseAllDocuments(text, { uniqueKeys: false })) {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
    flatten(doc.toJS({ maxAliasCount: -1 }), docs);
  }
  parsed.set(file, { mtimeMs, docs });
  return docs;
}

async function filesUnder(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const out: string[] = [];
  for (const e of entries) {
    const child = join(path, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(child)));
    else if (EXTENSIONS.has(extname(e.name))) out.push(child);
  }
  return out;
}

const identity = (o: K8sObjectLike): string =>
  `${groupOf(o.apiVersion)}/${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;

interface Collected {
  header: ScenarioHeader;
  hasHeader: boolean;
  name?: string;
  objects: Map<string, K8sObjectLike>;
}

/** Included headers are defaults: the including file's fields win; deny/faults accumulate. */
function mergeHeader(base: ScenarioHeader, own: ScenarioHeader): ScenarioHeader {
  return {
    ...base,
    ...own,
    deny: [...(base.deny ?? []), ...(own.deny ?? [])],
    faults: [...(base.faults ?? []), ...(own.faults ?? [])],
    servedGroups: [...(base.servedGroups ?? []), ...(own.servedGroups ?? [])],
    unservedGroups: [...(base.unservedGroups ?? []), ...(own.unservedGroups ?? [])],
    operator: { ...base.operator, ...own.operator },
  };
}

async function collect(path: string, seen: Set<string>): Promise<Collected> {
  const abs = resolve(path);
  if (seen.has(abs)) throw new Error(`include cycle at ${abs}`);
  seen.add(abs);
  const result: Collected = { header: {}, hasHeader: false, objects: new Map() };
  for (const file of await filesUnder(abs)) {
    for (const doc of await readDocs(file)) {
      if (doc.kind !== HEADER_KIND) {
        const key = identity(doc);
        result.objects.delete(key);
        result.objects.set(key, doc);
        continue;
      }
      const own = { ...doc } as ScenarioHeader & K8sObjectLike;
      const metadata = own.metadata;
      delete own.apiVersion;
      delete own.kind;
      delete own.metadata;
      let header: ScenarioHeader = {};
      // Included parts come first so that this file's own objects replace theirs.
      const before = result.objects;
      result.objects = new Map();
      for (const inc of own.include ?? []) {
        const part = await collect(resolve(dirname(file), inc), seen);
        header = mergeHeader(header, part.header);
        for (const [k, o] of part.objects) {
          result.objects.delete(k);
          result.objects.set(k, o);
        }
      }
      for (const [k, o] of before) {
        result.objects.delete(k);
        result.objects.set(k, o);
      }
      result.header = mergeHeader(mergeHeader(result.header, header), {
        ...own,
        include: undefined,
      });
      result.hasHeader = true;
      result.name ??= metadata?.name;
    }
  }
  seen.delete(abs);
  return result;
}

/** Removes the switch from the CheCluster CRD: what an operator older than 7.111 installs. */
function stripContainerRun(crd: K8sObjectLike): K8sObjectLike {
  const copy = structuredClone(crd);
  type Props = { properties?: Record<string, Props>; default?: Record<string, unknown> };
  const versions = (
    copy.spec as { versions?: { name: string; schema?: { openAPIV3Schema?: Props } }[] }
  ).versions;
  for (const v of versions ?? []) {
    const dev = v.schema?.openAPIV3Schema?.properties?.spec?.properties?.devEnvironments;
    if (!dev) continue;
    delete dev.properties?.disableContainerRunCapabilities;
    delete dev.properties?.containerRunConfiguration;
    if (dev.default) delete dev.default.disableContainerRunCapabilities;
  }
  return copy;
}

/** Removes config.workspace.hostUsers from the DWOC CRD: what a DevWorkspace Operator < 0.37 installs. */
function stripHostUsers(crd: K8sObjectLike): K8sObjectLike {
  const copy = structuredClone(crd);
  type Props = { properties?: Record<string, Props> };
  const versions = (copy.spec as { versions?: { schema?: { openAPIV3Schema?: Props } }[] })
    .versions;
  for (const v of versions ?? [])
    delete v.schema?.openAPIV3Schema?.properties?.config?.properties?.workspace?.properties
      ?.hostUsers;
  return copy;
}

const DWOC_CRD = 'devworkspaceoperatorconfigs.controller.devfile.io';
const isDwoCsv = (o: K8sObjectLike) =>
  o.kind === 'ClusterServiceVersion' &&
  (o.metadata?.name ?? '').startsWith('devworkspace-operator.v');

/** The DWO an old install has: the CRD without hostUsers, the CSV at that version. */
function withOldDwo(objects: K8sObjectLike[], version: string): K8sObjectLike[] {
  return objects.map((o) => {
    if (o.kind === 'CustomResourceDefinition' && o.metadata?.name === DWOC_CRD)
      return stripHostUsers(o);
    if (!isDwoCsv(o)) return o;
    const csv = structuredClone(o);
    csv.metadata = { ...csv.metadata, name: `devworkspace-operator.v${version}` };
    csv.spec = { ...(csv.spec as Record<string, unknown>), version };
    return csv;
  });
}

export async function loadScenario(fileOrDir: string): Promise<Scenario> {
  const c = await collect(fileOrDir, new Set());
  let objects = [...c.objects.values()];
  if (c.header.operatorTooOld) {
    objects = objects.map((o) =>
      o.kind === 'CustomResourceDefinition' && o.metadata?.name === 'checlusters.org.eclipse.che'
        ? stripContainerRun(o)
        : o,
    );
  }
  if (c.header.dwoTooOld) objects = withOldDwo(objects, c.header.dwoTooOld);
  for (const gone of c.header.omit ?? [])
    objects = objects.filter(
      (o) =>
        !(
          o.kind === gone.kind &&
          o.metadata?.name === gone.name &&
          (gone.namespace === undefined || o.metadata?.namespace === gone.namespace)
        ),
    );
  if (c.header.generate) objects.push(...generateWorkspaces(c.header.generate));
  if (c.header.nodes) {
    const { nodes, pools } = clusterNodes(c.header.nodes);
    objects.push(...(nodes as K8sObjectLike[]), ...(pools as K8sObjectLike[]));
  }
  return {
    name: c.name ?? basename(fileOrDir, extname(fileOrDir)),
    source: resolve(fileOrDir),
    hasHeader: c.hasHeader,
    header: c.header,
    objects,
  };
}
