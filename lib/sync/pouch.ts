import PouchDB from 'pouchdb-core/lib/index.es.js';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import HttpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { SyncServer } from '@/lib/sync/sync-settings';

/** PouchDB as the background uses it: an IndexedDB replica of the encrypted documents, and the server over HTTP. */
const Pouch = PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(replication);

export const LOCAL_REPLICA = 'rapport-sync';

export function localReplica() {
  return new Pouch(LOCAL_REPLICA, { adapter: 'indexeddb' });
}

export function remoteDatabase(server: SyncServer) {
  const url = `${server.url.replace(/\/+$/, '')}/${encodeURIComponent(server.database)}`;
  return new Pouch(url, { adapter: 'http', skip_setup: true, ...(server.username ? { auth: { username: server.username, password: server.password } } : {}) });
}
