// Minimal types for the test-only CouchDB server packages (they ship none; @types/pouchdb-core is not
// referenced because it declares DOM and Node globals of its own).
declare module 'pouchdb' {
  export interface TestPouch {
    get(id: string, options?: { rev?: string }): Promise<Record<string, unknown> & { _id: string; _rev: string }>;
    put(doc: object): Promise<{ ok: true; id: string; rev: string }>;
    bulkDocs(docs: object[]): Promise<unknown[]>;
    allDocs(options?: { include_docs?: boolean; keys?: string[] }): Promise<{ total_rows: number; rows: { id: string; key: string; value: { rev: string }; doc?: Record<string, unknown> }[] }>;
    changes(options?: object): Promise<{ results: unknown[]; last_seq: string | number }>;
    info(): Promise<{ doc_count: number; update_seq: string | number }>;
    destroy(): Promise<void>;
    replicate: { to(target: unknown, options?: object): PromiseLike<unknown>; from(source: unknown, options?: object): PromiseLike<unknown> };
  }
  interface PouchConstructor {
    new (name: string, options?: object): TestPouch;
    plugin(plugin: unknown): PouchConstructor;
    defaults(options: object): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  const expressPouchDb: (pouch: unknown, options?: object) => (req: unknown, res: unknown, next: unknown) => void;
  export default expressPouchDb;
}
declare module 'express' {
  import type { Server } from 'node:http';
  interface App {
    use(path: string, handler: unknown): void;
    listen(port: number, host: string, callback: () => void): Server;
  }
  const express: () => App;
  export default express;
}
