// Serves Kubernetes watches over WebSocket, as the console's backend does, by bridging to the
// simulated cluster's HTTP streaming watch (newline-delimited JSON, one event per message).
// Browsers cap HTTP/1.1 at 6 connections per host, so streaming every watch over plain HTTP would
// stall the page; WebSockets do not count against that pool, exactly as in the real console.
import { request, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

const reject = (socket: Duplex, upstream: IncomingMessage, body: string) => {
  socket.end(
    `HTTP/1.1 ${upstream.statusCode} ${upstream.statusMessage}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
};

const pipe = (ws: WebSocket, upstream: IncomingMessage) => {
  let buffer = '';
  upstream.setEncoding('utf8');
  upstream.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) ws.send(line);
  });
  // The stream ended or was cut: close abnormally (1006 in the browser), as a dropped socket does.
  const end = () => ws.terminate();
  upstream.on('end', end);
  upstream.on('error', end);
  upstream.on('aborted', end);
  ws.on('close', () => upstream.destroy());
};

export const attachWatchBridge = (server: Server, port: () => number): (() => void) => {
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!req.url?.startsWith('/api/kubernetes/')) {
      socket.destroy();
      return;
    }
    const upstreamReq = request(
      { host: '127.0.0.1', port: port(), path: req.url, headers: { accept: 'application/json' } },
      (upstream) => {
        if (upstream.statusCode !== 200) {
          let body = '';
          upstream.on('data', (c: Buffer) => (body += c.toString()));
          upstream.on('end', () => reject(socket, upstream, body));
          return;
        }
        wss.handleUpgrade(req, socket, head, (ws) => pipe(ws, upstream));
      },
    );
    upstreamReq.on('error', () => socket.destroy());
    socket.on('close', () => upstreamReq.destroy());
    upstreamReq.end();
  });
  return () => {
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  };
};
