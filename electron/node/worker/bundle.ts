/**
 * Starting the backend worker from its esbuild bundle (dist/electron/backend-worker.cjs),
 * the very file Electron ships. The end-to-end tests and `npm run preview` use it
 * (both run after `npm run build`), so what the browser tests exercise is what
 * ships, and a worker starts without compiling TypeScript first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerFactory } from './host.js';

export const BUNDLED_WORKER = 'dist/electron/backend-worker.cjs';

export function bundledWorker(file = BUNDLED_WORKER): WorkerFactory {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`${file} is missing: run 'npm run build' first`);
  return (config) => new Worker(path, { workerData: config });
}
