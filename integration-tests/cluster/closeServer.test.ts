import { Agent, createServer, get } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { closerFor } from './closeServer';

/** A client that upgrades and then never answers or closes, as a browser whose tab went away. */
const upgradeAndHold = (port: number) =>
  new Promise<{ socket: Socket; closed: Promise<void> }>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.once('data', () => resolve({ socket, closed }));
    socket.write(
      'GET /watch HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
    );
  });

describe('closerFor', () => {
  it('closes a server whose upgraded socket the peer keeps open, and cuts that socket', async () => {
    const server = createServer();
    const held: Socket[] = [];
    server.on('upgrade', (_req, socket: Socket) => {
      held.push(socket);
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
      );
    });
    const close = closerFor(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = await upgradeAndHold((server.address() as AddressInfo).port);

    await close();
    await client.closed;
    expect(server.listening).toBe(false);
    expect(held.map((s) => s.destroyed)).toEqual([true]);
  });

  it('closes a server with an idle keep-alive connection', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    const close = closerFor(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true });
    const body = await new Promise<string>((resolve) => {
      get({ port, host: '127.0.0.1', agent }, (res) => {
        let s = '';
        res.on('data', (d: Buffer) => (s += d.toString()));
        res.on('end', () => resolve(s));
      });
    });
    expect(body).toBe('ok');
    await close();
    expect(server.listening).toBe(false);
    agent.destroy();
  });
});
