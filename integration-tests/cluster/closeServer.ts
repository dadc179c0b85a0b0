/**
 * Closing a test server for sure. `server.closeAllConnections()` only reaches sockets that are still
 * HTTP; a socket handed to an `upgrade` handler (a WebSocket watch, its proxy) leaves that list but
 * still holds `server.close()` open until the peer goes. A test's teardown must not depend on the
 * peer, so every socket is tracked from `connection` and destroyed at close.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Starts tracking `server`'s sockets; the returned function destroys them all and closes it. */
export const closerFor = (server: Server): (() => Promise<void>) => {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  return async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    for (const s of sockets) s.destroy();
    await closed;
  };
};
