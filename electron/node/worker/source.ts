/**
 * Starting the backend worker from the TypeScript sources (the test bridge,
 * `npm run preview`, unit tests), where no bundle exists: the thread registers
 * tsx's ESM loader hooks, then imports backend-worker.ts. Electron starts the bundle
 * (dist/electron/backend-worker.cjs) instead; see electron/main/main.ts.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerFactory } from './host.js';

export const sourceWorker: WorkerFactory = (config) => {
  // tsx's ESM hooks (not its CommonJS require hook): ESM-only packages such as
  // @react-pdf/* resolve only through the 'import' condition.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./backend-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(entry)}));`;
  return new Worker(code, { eval: true, workerData: config });
};
