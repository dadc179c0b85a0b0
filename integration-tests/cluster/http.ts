/** Routes /api/kubernetes/... requests to discovery, the object verbs, watches and SSAR. */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { decodeAccessReview, faultFor, isDenied, readBuffer } from './access';
import type { RequestAttributes } from './access';
import type { ClusterState } from './cluster';
import { apiGroupDoc, apiGroupList, apiResourceList, apiVersions } from './discovery';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import {
  ApiError,
  badRequest,
  forbidden,
  generic,
  methodNotAllowed,
  notFound,
  pathNotFound,
} from './status';
import type { FaultRule, K8sObjectLike } from './types';
import {
  currentUser,
  namespacesResource,
  projectOf,
  projects,
  selfSubjectReview,
  userOf,
} from './identity';
import { parseTail, splitApiPath, type ResourcePath } from './resourcePath';
import type { ResourceInfo } from './resources';
import { tableAsked, tableFor } from './table';
import { httpWatchSink, serveWatch, webSocketWatchSink } from './watch';
import type { OpenWatch, WatchSink } from './watch';

type Resolved = { info: ResourceInfo; p: ResourcePath; verb: string; fault?: FaultRule };

export const API_PREFIX = '/api/kubernetes';

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  watch: boolean;
  at: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sendJson(res: ServerResponse, code: number, body: unknown, warnings: string[] = []): void {
  const headers: Record<string, string | string[]> = { 'Content-Type': 'application/json' };
  if (warnings.length > 0) headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`);
  res.writeHead(code, headers);
  res.end(JSON.stringify(body));
}

/** pods/log as text/plain (smokePods.ts holds the logs); 404 for an unknown pod. */
function sendPodLog(
  res: ServerResponse,
  state: ClusterState,
  info: ResourceInfo,
  p: ResourcePath,
): void {
  const log = state.podLog?.(p.namespace ?? '', p.name ?? '');
  if (!log) throw notFound(info, p.name ?? '');
  if (log.code !== 200) throw badRequest(log.text);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(log.text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseObject(body: string): K8sObjectLike {
  try {
    const v: unknown = JSON.parse(body);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as K8sObjectLike;
  } catch {
    // fall through
  }
  throw badRequest('the object provided is unrecognized (must be of type JSON object)');
}

function verbOf(method: string, p: ResourcePath, watch: boolean): string {
  switch (method) {
    case 'GET':
      return p.name ? 'get' : watch ? 'watch' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return p.name ? 'delete' : 'deletecollection';
    default:
      return method.toLowerCase();
  }
}

export class Router {
  readonly log: RequestLogEntry[] = [];
  private readonly openWatches = new Set<OpenWatch>();
  private readonly wss = new WebSocketServer({ noServer: true });

  constructor(private readonly state: ClusterState) {}

  private get userName(): string {
    return userOf(this.state).name;
  }

  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://sim.local');
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return false;
    const watch = ['true', '1'].includes(url.searchParams.get('watch') ?? '');
    this.log.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      watch,
      at: Date.now(),
    });
    this.serve(req, res, url, watch).catch((e: unknown) => {
      const err =
        e instanceof ApiError ? e : generic(500, undefined, undefined, undefined, String(e));
      if (!res.headersSent) sendJson(res, err.code, err.body);
      else res.end();
    });
    return true;
  }

  closeWatches(): void {
    for (const w of [...this.openWatches]) w.end();
  }

  /** Cuts every open watch as a dropped connection would; returns how many there were. */
  dropWatches(): number {
    const all = [...this.openWatches];
    for (const w of all) w.drop();
    return all.length;
  }

  get openWatchCount(): number {
    return this.openWatches.size;
  }

  /**
   * A WebSocket upgrade of a watch URL: checked like the HTTP request (404, 403, faults), then
   * served one event per message. Anything else is refused with the API server's HTTP error.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://sim.local');
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return false;
    const watch = ['true', '1'].includes(url.searchParams.get('watch') ?? '');
    this.log.push({
      method: 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      watch,
      at: Date.now(),
    });
    const segs = url.pathname
      .slice(API_PREFIX.length)
      .split('/')
      .filter((s) => s.length > 0);
    this.resolve('GET', segs, watch)
      .then((resolved) => {
        if ('discovery' in resolved || resolved.verb !== 'watch') throw badRequest('not a watch');
        this.wss.handleUpgrade(req, socket, head, (ws) =>
          this.startWatch(resolved, url, webSocketWatchSink(ws)),
        );
      })
      .catch((e: unknown) => {
        const err =
          e instanceof ApiError ? e : generic(500, undefined, undefined, undefined, String(e));
        const body = JSON.stringify(err.body);
        socket.end(
          `HTTP/1.1 ${err.code} ${STATUS_CODES[err.code] ?? ''}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      });
    return true;
  }

  private startWatch(r: Resolved, url: URL, sink: WatchSink): void {
    const fields = parseFieldSelector(url.searchParams.get('fieldSelector'));
    const isProjects = r.info.plural === 'projects';
    const holder: { handle?: OpenWatch; ended?: boolean } = {};
    holder.handle = serveWatch(
      this.state,
      {
        info: isProjects ? namespacesResource(this.state) : r.info,
        namespace: r.p.namespace,
        labels: parseLabelSelector(url.searchParams.get('labelSelector')),
        fields: fields.match,
        resourceVersion: url.searchParams.get('resourceVersion'),
        dropAfterMs: r.fault?.dropWatchAfterMs,
        timeoutSeconds: Number(url.searchParams.get('timeoutSeconds') ?? 0) || undefined,
        view: isProjects ? projectOf : undefined,
      },
      sink,
      () => {
        holder.ended = true;
        if (holder.handle) this.openWatches.delete(holder.handle);
      },
    );
    if (!holder.ended) this.openWatches.add(holder.handle);
  }

  /** Path -> resource, verb and the scenario's RBAC and faults; throws the API server's errors. */
  private async resolve(
    method: string,
    segs: string[],
    watch: boolean,
  ): Promise<Resolved | { discovery: unknown }> {
    const state = this.state;
    const api = splitApiPath(segs);
    if (!api) throw pathNotFound();
    const { group, version, tail } = api;
    if (tail.length === 0) {
      const doc = apiResourceList(state, group, version);
      if (!doc) throw pathNotFound();
      return { discovery: doc };
    }
    const p = parseTail(group, version, tail);
    const info = state.lookup(p.group, p.version, p.plural);
    const podLog = info?.plural === 'pods' && info.group === '' && p.subresource === 'log';
    if (!info || (p.subresource && p.subresource !== 'status' && !podLog)) throw pathNotFound();
    const verb = verbOf(method, p, watch);
    const attrs: RequestAttributes = {
      verb,
      group: info.group,
      resource: info.plural,
      namespace: p.namespace,
      name: p.name,
    };
    const fault = faultFor(state.scenario.header.faults ?? [], attrs);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    const review = ['selfsubjectaccessreviews', 'selfsubjectreviews'].includes(info.plural);
    const me = info.plural === 'users' && p.name === '~';
    if (!review && !me && isDenied(state.scenario.header.deny ?? [], attrs)) {
      throw forbidden(info, verb, this.userName, p.namespace, p.name);
    }
    if (fault?.status) {
      const err = generic(fault.status, info, verb, p.name, fault.message ?? 'simulated fault');
      if (fault.message) err.body.message = fault.message;
      throw err;
    }
    if (!info.namespaced && p.namespace) throw pathNotFound();
    return { info, p, verb, fault };
  }

  private async serve(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    watch: boolean,
  ): Promise<void> {
    const segs = url.pathname
      .slice(API_PREFIX.length)
      .split('/')
      .filter((s) => s.length > 0);
    const method = req.method ?? 'GET';
    const state = this.state;
    if (segs[0] === 'version' && segs.length === 1) {
      return sendJson(res, 200, {
        major: '1',
        minor: '33',
        gitVersion: 'v1.33.0',
        platform: 'linux/amd64',
      });
    }
    if (segs[0] === 'api' && segs.length === 1) return sendJson(res, 200, apiVersions());
    if (segs[0] === 'apis' && segs.length === 1) return sendJson(res, 200, apiGroupList(state));
    if (segs[0] === 'apis' && segs.length === 2) {
      const doc = apiGroupDoc(state, segs[1]);
      if (!doc) throw pathNotFound();
      return sendJson(res, 200, doc);
    }
    const resolved = await this.resolve(method, segs, watch);
    if ('discovery' in resolved) return sendJson(res, 200, resolved.discovery);
    const { info, p, verb } = resolved;
    const podLog = info.plural === 'pods' && info.group === '' && p.subresource === 'log';
    if (info.plural === 'users' && p.name === '~' && method === 'GET') {
      return sendJson(res, 200, currentUser(state));
    }
    if (info.plural === 'selfsubjectaccessreviews') {
      if (method !== 'POST') throw methodNotAllowed();
      const review = decodeAccessReview(req.headers['content-type'], await readBuffer(req));
      return sendJson(res, 201, this.review(parseObject(JSON.stringify(review ?? null))));
    }
    if (info.plural === 'selfsubjectreviews') {
      if (method !== 'POST') throw methodNotAllowed();
      parseObject(await readBody(req));
      return sendJson(res, 201, selfSubjectReview(state));
    }
    // A watch of projects streams the namespaces' events as Projects (startWatch), like any watch.
    if (info.plural === 'projects' && verb !== 'watch')
      return sendJson(res, 200, projects(state, verb, p.name));
    const strict = url.searchParams.get('fieldValidation') === 'Strict';
    if (podLog && verb === 'get') return sendPodLog(res, state, info, p);
    switch (verb) {
      case 'get': {
        const obj = state.get(info, p.namespace, p.name ?? '');
        const rv = { resourceVersion: obj.metadata?.resourceVersion };
        const table = tableFor(info, tableAsked(req.headers.accept), url, [obj], rv);
        return sendJson(res, 200, table ?? obj);
      }
      case 'list': {
        const list = this.list(info, p.namespace, url);
        const table = tableFor(
          info,
          tableAsked(req.headers.accept),
          url,
          list.items,
          list.metadata,
        );
        return sendJson(res, 200, table ?? list);
      }
      case 'watch':
        this.startWatch(resolved, url, httpWatchSink(res));
        return;
      case 'create': {
        const r = state.create(info, p.namespace, parseObject(await readBody(req)), { strict });
        return sendJson(res, 201, r.object, r.warnings);
      }
      case 'update': {
        const r = state.replace(info, p.namespace, p.name ?? '', parseObject(await readBody(req)), {
          strict,
        });
        return sendJson(res, 200, r.object, r.warnings);
      }
      case 'patch': {
        const body = await readBody(req);
        const r = state.patch(
          info,
          p.namespace,
          p.name ?? '',
          req.headers['content-type'] ?? '',
          body,
          { strict },
        );
        return sendJson(res, 200, r.object, r.warnings);
      }
      case 'delete':
        return sendJson(res, 200, state.delete(info, p.namespace, p.name ?? ''));
      default:
        throw methodNotAllowed();
    }
  }

  private list(info: Parameters<ClusterState['get']>[0], namespace: string | undefined, url: URL) {
    const labels = parseLabelSelector(url.searchParams.get('labelSelector'));
    const fields = parseFieldSelector(url.searchParams.get('fieldSelector'));
    let items = this.state.store
      .list(info, namespace)
      .filter((o) => labels(o.metadata?.labels) && fields.match(o));
    const limit = Number(url.searchParams.get('limit') ?? 0);
    const start = Number(
      Buffer.from(url.searchParams.get('continue') ?? '', 'base64').toString() || 0,
    );
    const metadata: Record<string, unknown> = {
      resourceVersion: String(this.state.store.resourceVersion),
    };
    if (limit > 0 || start > 0) {
      const total = items.length;
      items = items.slice(start, limit > 0 ? start + limit : undefined);
      const next = start + items.length;
      if (next < total) {
        metadata.continue = Buffer.from(String(next)).toString('base64');
        metadata.remainingItemCount = total - next;
      }
    }
    return {
      kind: `${info.kind}List`,
      apiVersion: info.group ? `${info.group}/${info.version}` : info.version,
      metadata,
      items,
    };
  }

  private review(body: K8sObjectLike) {
    const spec = (body.spec ?? {}) as {
      resourceAttributes?: Partial<RequestAttributes> & { resource?: string };
    };
    const ra = spec.resourceAttributes;
    const allowed =
      !ra ||
      !isDenied(this.state.scenario.header.deny ?? [], {
        verb: ra.verb ?? '',
        group: ra.group ?? '',
        resource: ra.resource ?? '',
        namespace: ra.namespace,
        name: ra.name,
      });
    return {
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      metadata: { creationTimestamp: null },
      spec,
      status: allowed ? { allowed: true } : { allowed: false },
    };
  }
}
