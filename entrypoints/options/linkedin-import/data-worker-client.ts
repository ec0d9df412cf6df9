import type { WorkerMessage, WorkerReply, WorkerRequest } from './data-worker-protocol';

type Progress = Extract<WorkerMessage, { progress: unknown }>['progress'];

/** Promise-based calls into the options page's data worker, started on first use. */
export class DataWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; onProgress?: (progress: Progress) => void }>();

  private start(): Worker {
    if (this.worker) return this.worker;
    // Vite bundles the worker (with papaparse and fflate) as its own file; the page's bundle stays lean.
    const worker = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      const entry = this.pending.get(message.id);
      if (!entry) return;
      if ('progress' in message) entry.onProgress?.(message.progress);
      else {
        this.pending.delete(message.id);
        if (message.ok) entry.resolve(message.reply);
        else entry.reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      for (const entry of this.pending.values()) entry.reject(new Error(event.message || 'The import worker stopped unexpectedly.'));
      this.pending.clear();
      this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }

  request<T extends WorkerReply['type']>(request: WorkerRequest, onProgress?: (progress: Progress) => void): Promise<Extract<WorkerReply, { type: T }>> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (reply: WorkerReply) => void, reject, onProgress });
      worker.postMessage({ id, request });
    });
  }
}

let shared: DataWorkerClient | undefined;

/** One worker per options page. */
export function dataWorker(): DataWorkerClient {
  shared ??= new DataWorkerClient();
  return shared;
}
