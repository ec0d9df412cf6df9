// The PouchDB packages sync bundles into the background (pouchdb-core by its ES module file, which
// @types/pouchdb-core does not claim). Typed here (as what lib/sync/engine.ts uses)
// rather than through @types/pouchdb-core, which declares DOM and Node globals of its own.
declare module 'pouchdb-core/lib/index.es.js' {
  import type { EncryptedDatabase } from '@/lib/sync/engine';
  interface PouchConstructor {
    new (name: string, options?: { adapter?: string; auth?: { username: string; password: string }; skip_setup?: boolean }): EncryptedDatabase & {
      get(id: string): Promise<unknown>;
      put(doc: object): Promise<{ ok: true; id: string; rev: string }>;
      close(): Promise<void>;
      destroy(): Promise<void>;
    };
    plugin(plugin: unknown): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
