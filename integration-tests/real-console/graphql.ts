// The bridge's /api/graphql (pkg/graphql, pkg/server/server.go): the console's schema
// (schema.graphql, copied from openshift/console pkg/graphql/schema.graphql; identical in 4.20-4.22)
// executed with graphql-js, each resolver forwarding to the API server with the user's credentials
// as pkg/graphql/resolver/k8s.go does. Over HTTP (POST, the relay handler) and over WebSocket with
// the `graphql-ws` subprotocol (subscriptions-transport-ws, which the console's Apollo client uses:
// connection_init/ack, start -> data + complete, stop, connection_terminate).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { buildSchema, graphql, GraphQLError, type ExecutionResult } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';

/** One request to the API server as the logged-in user: status and body text. */
export type KubeCall = (
  method: string,
  apiPath: string,
  body?: unknown,
) => Promise<{ status: number; body: string }>;

const schema = buildSchema(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

/**
 * pkg/graphql/resolver/utils.go resolverError: message `error [%q]: <body>` (Go's %q of an int is
 * the quoted rune), extensions { status, message }. The console reads the extensions.
 */
const resolverError = (status: number, message: string) =>
  new GraphQLError(`error ['${String.fromCodePoint(status)}']: ${message}`, {
    extensions: { status, message },
  });

const ok = (r: { status: number }) => r.status >= 200 && r.status <= 299;

const rootValue = (kube: KubeCall) => ({
  fetchURL: async ({ url }: { url: string }) => {
    const r = await kube('GET', url);
    if (!ok(r)) throw resolverError(r.status, r.body);
    return r.body;
  },
  selfSubjectAccessReview: async (args: Record<string, string | undefined>) => {
    const r = await kube('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
      spec: {
        resourceAttributes: {
          namespace: args.namespace ?? '',
          verb: args.verb ?? '',
          resource: args.resource ?? '',
          group: args.group ?? '',
        },
      },
    });
    if (!ok(r)) throw resolverError(r.status, r.body);
    return JSON.parse(r.body) as unknown;
  },
  selfSubjectReview: async () => {
    const r = await kube('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', {});
    if (!ok(r)) throw resolverError(r.status, r.body);
    const review = JSON.parse(r.body) as {
      status?: {
        userInfo?: { username?: string; uid?: string; groups?: string[]; extra?: unknown };
      };
    };
    const u = review.status?.userInfo ?? {};
    // The resolver's copy of UserInfo carries `extra` as a JSON string (GraphQL has no object type).
    return {
      status: {
        userInfo: {
          username: u.username ?? '',
          uid: u.uid ?? '',
          groups: u.groups ?? [],
          extra: JSON.stringify(u.extra ?? null),
        },
      },
    };
  },
});

type Operation = { query?: string; variables?: Record<string, unknown>; operationName?: string };

const execute = (kube: KubeCall, op: Operation): Promise<ExecutionResult> =>
  graphql({
    schema,
    source: op.query ?? '',
    rootValue: rootValue(kube),
    variableValues: op.variables,
    operationName: op.operationName,
  });

export const serveGraphQLHttp = async (
  req: IncomingMessage,
  res: ServerResponse,
  kube: KubeCall,
): Promise<void> => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  let op: Operation;
  try {
    op = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Operation;
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('invalid JSON body\n');
    return;
  }
  const result = await execute(kube, op);
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(result));
};

type ClientMessage = { id?: string; type: string; payload?: Operation };

export const createGraphQLWebSocket = (kube: () => KubeCall) => {
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has('graphql-ws') ? 'graphql-ws' : false),
  });
  const serve = (ws: WebSocket) => {
    const call = kube();
    const send = (m: Record<string, unknown>) => ws.send(JSON.stringify(m));
    ws.on('message', (raw: Buffer) => {
      let m: ClientMessage;
      try {
        m = JSON.parse(raw.toString('utf8')) as ClientMessage;
      } catch {
        send({ type: 'connection_error', payload: { message: 'invalid message' } });
        return;
      }
      if (m.type === 'connection_init') send({ type: 'connection_ack' });
      else if (m.type === 'connection_terminate') ws.close();
      else if (m.type === 'start' && m.id) {
        const id = m.id;
        if (/^\s*subscription\b/.test(m.payload?.query ?? '')) {
          // The schema declares Subscription.fetchURL but the bridge has no resolver streaming it.
          send({ id, type: 'error', payload: { message: 'subscriptions are not served' } });
          return;
        }
        void execute(call, m.payload ?? {}).then((result) => {
          if (ws.readyState !== ws.OPEN) return;
          send({ id, type: 'data', payload: result });
          send({ id, type: 'complete' });
        });
      }
    });
  };
  return {
    handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      wss.handleUpgrade(req, socket, head, serve),
    close: () => {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
};
