import PouchDB from 'pouchdb-core/lib/index.es.js';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import HttpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { SyncServer } from '@/lib/sync/sync-settings';

let configured: typeof PouchDB | undefined;

/**
 * PouchDB as the background uses it: an IndexedDB replica of the encrypted documents, and the server over HTTP.
 * Plugins are added on first use, not when the module loads: `wxt zip` evaluates the background entrypoint in
 * Node more than once against one cached pouchdb-core, and adding `replication` twice throws ("Cannot redefine
 * property: replicate"). Loading the module must have no side effects.
 */
function pouch(): typeof PouchDB {
  configured ??= PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(replication);
  return configured;
}

export const LOCAL_REPLICA = 'rapport-sync';

export function localReplica() {
  const Pouch = pouch();
  return new Pouch(LOCAL_REPLICA, { adapter: 'indexeddb' });
}

export function remoteDatabase(server: SyncServer) {
  const url = `${server.url.replace(/\/+$/, '')}/${encodeURIComponent(server.database)}`;
  const Pouch = pouch();
  return new Pouch(url, { adapter: 'http', skip_setup: true, ...(server.username ? { auth: { username: server.username, password: server.password } } : {}) });
}
