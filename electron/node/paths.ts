/**
 * Where the team vault lives. The desktop app uses Electron's userData folder
 * for the app name "Adviestafel"; this computes the same folder in plain Node so
 * the CLI and the preview find the same vault.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Adviestafel';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (env.ADVIESTAFEL_DATA_DIR) return env.ADVIESTAFEL_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
