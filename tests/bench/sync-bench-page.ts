import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import expressPouchDb from 'express-pouchdb';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { bundleForBrowser } from './browser-bundle';
import { openBenchPage } from './chromium';

PouchDB.plugin(memoryAdapter);
/** The server's storage: a database of this name is the server's database of that name (to free it between runs). */
export const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });

/**
 * The sync benchmarks' setting: a real CouchDB-protocol server (express-pouchdb, in memory) on
 * loopback, and a page in real Chromium served by that server with tests/bench/browser/sync.entry.ts
 * loaded, so the extension's HTTP replication runs same-origin, as it would against a user's CouchDB.
 * `call` runs one of the entry's exports in the page.
 */
export async function openSyncBench() {
  const app = express();
  app.use('/__bench', (_req: unknown, res: ServerResponse) => {
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>sync bench</title>');
  });
  app.use('/', expressPouchDb(MemoryPouch, { mode: 'minimumForPouchDB', logPath: '/dev/null' }));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const bench = await openBenchPage(await bundleForBrowser('tests/bench/browser/sync.entry.ts', { events: 'lib/sync/events-shim.ts' }), `http://127.0.0.1:${port}/__bench`);
  const call = <T>(fn: string, ...args: unknown[]): Promise<T> =>
    bench.page.evaluate(([f, a]) => (window as any).rapportBench[f as string](...(a as unknown[])), [fn, args] as const) as Promise<T>;
  await call('setUp');
  return {
    call,
    async close() {
      await bench.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
