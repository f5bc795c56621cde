/**
 * Electron entry (bundled to dist/electron/main.cjs). A thin shell: it applies
 * the policy in electron/node/shell-policy.ts, serves the renderer over app://
 * and passes every IPC call to the backend worker (dist/electron/backend-worker.cjs),
 * which holds the vault, the keys, the database and the dispatcher. The worker's
 * events go to the windows; if it dies, the windows lock and the next call starts a new one.
 *
 * The crash reporter is never started, so no crash dumps are uploaded.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BrowserWindow, app, session } from 'electron';
import { BackendHost } from '../node/worker/host.js';
import { APP_NAME, defaultDataDir } from '../node/paths.js';
import { SESSION_PARTITION } from '../node/shell-policy.js';
import { forwardEvents, registerIpc } from './ipc.js';
import { closePresentation, registerPresentation } from './presentation.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { createMainWindow, hardenSession, hardenWebContents } from './window.js';

// This bundle lives in dist/electron; the renderer build in dist/renderer.
const PRELOAD = join(__dirname, 'preload.cjs');
const BACKEND_WORKER = join(__dirname, 'backend-worker.cjs');
const RENDERER_ROOT = join(__dirname, '..', 'renderer');

// Same folder as the CLI and the preview (honours ADVIESTAFEL_DATA_DIR).
app.setName(APP_NAME);
app.setPath('userData', defaultDataDir());
app.enableSandbox();
registerAppScheme();

let backend: BackendHost | null = null;
/** The app's own window (not the meeting's presentation window): a second start brings this one forward. */
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('second-instance', () => {
    const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', () => {
    void backend?.close();
    backend = null;
  });

  void app.whenReady().then(() => {
    backend = new BackendHost({
      dataDir: app.getPath('userData'),
      createWorker: (config) => new Worker(BACKEND_WORKER, { workerData: config }),
    });
    registerIpc(backend);
    registerPresentation(PRELOAD, !app.isPackaged);
    backend.onEvent((event) => {
      if (event.type === 'vault.locked') closePresentation();
    });
    forwardEvents(backend);
    const ses = session.fromPartition(SESSION_PARTITION);
    hardenSession(ses);
    hardenSession(session.defaultSession);
    serveRenderer(ses, RENDERER_ROOT);
    mainWindow = createMainWindow(PRELOAD, !app.isPackaged);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
