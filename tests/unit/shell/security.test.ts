/**
 * The desktop shell's security settings: the policy values themselves, that
 * electron/main actually applies them (read as text: no Electron binary needed),
 * and the packaging fuses in electron-builder.yml.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  EXTERNAL_LINK_ALLOWLIST,
  EVENT_CHANNEL,
  IPC_CHANNEL,
  PRESENT_CHANNEL,
  RESPONSE_HEADERS,
  WEB_PREFERENCES,
  isAllowedExternal,
  isTrustedSender,
  mimeType,
  resolveUnderRoot,
} from '../../../electron/node/shell-policy.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const mainSources = readdirSync(join(ROOT, 'electron/main'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(`electron/main/${f}`))
  .join('\n');

/** CSP as directive -> sources. */
function csp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('web preferences', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(WEB_PREFERENCES.contextIsolation).toBe(true);
    expect(WEB_PREFERENCES.sandbox).toBe(true);
    expect(WEB_PREFERENCES.nodeIntegration).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInWorker).toBe(false);
    expect(WEB_PREFERENCES.webSecurity).toBe(true);
    expect(WEB_PREFERENCES.allowRunningInsecureContent).toBe(false);
    expect(WEB_PREFERENCES.webviewTag).toBe(false);
    expect(WEB_PREFERENCES.spellcheck).toBe(false);
  });

  it('uses an in-memory session (nothing reaches the disk)', () => {
    expect(WEB_PREFERENCES.partition).toBe('adviestafel');
    expect(WEB_PREFERENCES.partition.startsWith('persist:')).toBe(false);
  });
});

describe('content security policy', () => {
  const d = csp(CONTENT_SECURITY_POLICY);

  it('is strict', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    // 'unsafe-inline' only for styles (Mantine), never for scripts.
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    for (const [name, sources] of d) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain('*');
    }
  });

  it('goes out with every response, uncached', () => {
    expect(RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(RESPONSE_HEADERS['Cache-Control']).toBe('no-store');
  });
});

describe('trusted IPC senders', () => {
  it('accepts only the main frame on app://adviestafel/', () => {
    expect(APP_ORIGIN).toBe('app://adviestafel');
    expect(isTrustedSender('app://adviestafel/', true)).toBe(true);
    expect(isTrustedSender('app://adviestafel/index.html#/casussen', true)).toBe(true);
  });

  it.each([
    ['app://adviestafel/', false],
    ['http://127.0.0.1:5173/', true],
    ['http://localhost/', true],
    ['https://adviestafel/', true],
    ['file:///work/main/dist/renderer/index.html', true],
    ['app://evil/', true],
    ['app://adviestafel.evil/', true],
    ['app://adviestafel@evil/', true],
    ['app://evil@adviestafel/', true],
    ['app://adviestafel:8080/', true],
    ['about:blank', true],
    ['', true],
    ['not a url', true],
  ])('rejects %s (main frame: %s)', (url, isMainFrame) => {
    expect(isTrustedSender(url, isMainFrame)).toBe(false);
  });
});

describe('external links', () => {
  it('opens allow-listed https origins', () => {
    expect(EXTERNAL_LINK_ALLOWLIST.length).toBeGreaterThan(0);
    for (const origin of EXTERNAL_LINK_ALLOWLIST) expect(origin.startsWith('https://')).toBe(true);
    expect(isAllowedExternal('https://www.nederlandsjeugdinstituut.nl/jeugdhulp')).toBe(true);
    expect(isAllowedExternal('https://autoriteitpersoonsgegevens.nl/themas')).toBe(true);
  });

  it.each([
    'http://www.nederlandsjeugdinstituut.nl/',
    'https://www.nederlandsjeugdinstituut.nl.evil.example/',
    'https://evil.example/?https://autoriteitpersoonsgegevens.nl',
    'https://user:pw@autoriteitpersoonsgegevens.nl/',
    'https://autoriteitpersoonsgegevens.nl:8443/',
    'https://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://adviestafel/',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAllowedExternal(url)).toBe(false);
  });
});

describe('serving files', () => {
  const root = join(ROOT, 'dist', 'renderer');

  it('resolves paths under the root', () => {
    expect(resolveUnderRoot(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveUnderRoot(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveUnderRoot(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/a%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (p) => {
    const r = resolveUnderRoot(root, p);
    expect(r === null || r.startsWith(root + sep)).toBe(true);
    if (!p.includes('%5c') || sep === '\\') expect(r).toBeNull();
  });

  it('knows the MIME types it serves', () => {
    expect(mimeType('index.html')).toMatch(/^text\/html/);
    expect(mimeType('a.JS')).toMatch(/^text\/javascript/);
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });
});

describe('electron/main applies the policy', () => {
  it('creates windows with WEB_PREFERENCES', () => {
    expect(mainSources).toMatch(/webPreferences:\s*\{\s*\.\.\.WEB_PREFERENCES\b/);
    expect(mainSources).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false/);
  });

  it('denies new windows and navigation away from the app', () => {
    expect(mainSources).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \}/);
    expect(mainSources).not.toMatch(/action:\s*'allow'/);
    expect(mainSources).toMatch(/'will-navigate'/);
    expect(mainSources).toMatch(/event\.preventDefault\(\)/);
    expect(mainSources).toMatch(/shell\.openExternal/);
    expect(mainSources).toMatch(/isAllowedExternal\(/);
  });

  it('denies every permission request and check', () => {
    expect(mainSources).toMatch(/setPermissionRequestHandler\(\([^)]*\)\s*=>\s*callback\(false\)\)/);
    expect(mainSources).toMatch(/setPermissionCheckHandler\(\(\)\s*=>\s*false\)/);
  });

  it('serves the renderer over app:// with the CSP on every response', () => {
    expect(mainSources).toMatch(/protocol\.handle\(APP_SCHEME/);
    expect(mainSources).toMatch(/registerSchemesAsPrivileged/);
    expect(read('electron/main/protocol.ts')).toMatch(/headers:\s*\{\s*\.\.\.RESPONSE_HEADERS/);
    expect(mainSources).not.toMatch(/loadFile\(|file:\/\//);
  });

  it('checks the IPC sender and never starts the crash reporter', () => {
    expect(mainSources).toMatch(/ipcMain\.handle\(IPC_CHANNEL/);
    expect(mainSources).toMatch(/isTrustedSender\(/);
    expect(mainSources).toMatch(/'DENIED_ORIGIN'/);
    expect(mainSources).not.toMatch(/crashReporter\.start/);
    expect(mainSources).toMatch(/requestSingleInstanceLock\(\)/);
  });

  it('has a preload that exposes only call(), onEvent() and openPresentation() on the same channels', () => {
    const preload = read('electron/preload/preload.ts');
    expect(preload).toContain(`'${IPC_CHANNEL}'`);
    expect(preload).toContain(`'${EVENT_CHANNEL}'`);
    expect(preload).toContain(`'${PRESENT_CHANNEL}'`);
    expect(preload.match(/ipcRenderer\.invoke\(/g)).toHaveLength(2);
    expect(preload).toMatch(/exposeInMainWorld\('adviestafel', preloadApi\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).toMatch(/METHOD_NAME_LIST/);
    expect(preload).toMatch(/isAppEvent\(/);
  });

  it('opens the presentation window only for the app itself, with the hardened preferences', () => {
    const presentation = read('electron/main/presentation.ts');
    expect(presentation).toMatch(/ipcMain\.handle\(PRESENT_CHANNEL/);
    expect(presentation).toMatch(/isTrustedSender\(/);
    expect(presentation).toMatch(/webPreferences: \{ \.\.\.WEB_PREFERENCES, preload, devTools \}/);
    expect(presentation).toMatch(/loadURL\(url\)/);
    // A lock closes it: the projector shows nothing of the app any more.
    expect(read('electron/main/main.ts')).toMatch(/event\.type === 'vault\.locked'\) closePresentation\(\)/);
  });

  it('sends events only to windows showing the app', () => {
    expect(mainSources).toMatch(/contents\.send\(EVENT_CHANNEL/);
    expect(mainSources).toMatch(/isAppUrl\(contents\.getURL\(\)\)/);
  });
});

describe('packaging (electron-builder.yml)', () => {
  const text = read('electron-builder.yml');
  const yaml = createRequire(import.meta.url)('js-yaml') as { load(s: string): unknown };
  const config = yaml.load(text) as {
    appId: string;
    productName: string;
    asar: boolean;
    asarUnpack: string[];
    files: string[];
    electronFuses: Record<string, boolean>;
  };

  it('sets every fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the built bundles, never the test bridge', () => {
    expect(config.appId).toBe('nl.adviestafel.app');
    expect(config.productName).toBe('Adviestafel');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    const included = config.files.filter((f) => !f.startsWith('!'));
    // Built bundles, plus the letters' fonts (with licence) and default letterhead logo; never sources.
    expect(included.sort()).toEqual([
      'dist/electron/**',
      'dist/renderer/**',
      'package.json',
      'resources/fonts/**',
      'resources/letterhead/**',
    ]);
    expect(text).not.toMatch(/^\s*-\s*["']?electron\//m);
    expect(config.files.some((f) => f.includes('bridge'))).toBe(false);
  });
});
