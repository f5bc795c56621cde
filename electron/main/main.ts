/**
 * Electron entry (bundled to dist/electron/main.cjs). A thin shell: it applies
 * the policy in electron/node/shell-policy.ts, serves the renderer over app://
 * and hands every IPC call to the one dispatcher.
 *
 * The crash reporter is never started, so no crash dumps are uploaded.
 */
import { join } from 'node:path';
import { BrowserWindow, app, session } from 'electron';
import { createBackend, type Backend } from '../node/app.js';
import { APP_NAME, defaultDataDir } from '../node/paths.js';
import { SESSION_PARTITION } from '../node/shell-policy.js';
import { registerIpc } from './ipc.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { createMainWindow, hardenSession, hardenWebContents } from './window.js';

// This bundle lives in dist/electron; the renderer build in dist/renderer.
const PRELOAD = join(__dirname, 'preload.cjs');
const RENDERER_ROOT = join(__dirname, '..', 'renderer');

// Same folder as the CLI and the preview (honours ADVIESTAFEL_DATA_DIR).
app.setName(APP_NAME);
app.setPath('userData', defaultDataDir());
app.enableSandbox();
registerAppScheme();

let backend: Backend | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', () => {
    backend?.close();
    backend = null;
  });

  void app.whenReady().then(() => {
    backend = createBackend({ dataDir: app.getPath('userData') });
    registerIpc(backend.dispatcher);
    const ses = session.fromPartition(SESSION_PARTITION);
    hardenSession(ses);
    hardenSession(session.defaultSession);
    serveRenderer(ses, RENDERER_ROOT);
    createMainWindow(PRELOAD, !app.isPackaged);
  });
}
