/**
 * Starting the backend worker from the TypeScript sources (the test bridge,
 * `npm run preview`, unit tests), where no bundle exists: the thread registers
 * tsx's require hook, then loads backend-worker.ts. Electron starts the bundle
 * (dist/electron/backend-worker.cjs) instead; see electron/main/main.ts.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerFactory } from './host.js';

const require = createRequire(import.meta.url);

export const sourceWorker: WorkerFactory = (config) => {
  const tsx = require.resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./backend-worker.ts', import.meta.url));
  const code = `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(entry)});`;
  return new Worker(code, { eval: true, workerData: config });
};
