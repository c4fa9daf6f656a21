import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { calls, CHAIR_EVENT_CHANNELS } from '../../../shared/ipc';

// The Electron main process as it is bundled, started here against a stand-in `electron`
// module that records what main asks of it (no Electron binary can run on these machines).
// It proves the wiring the guard unit tests cannot: the scheme registered before ready and
// served from the built renderer, the window's settings and address, the guards on every web
// contents, every call bound with the sender check, and the Settings menu item's push event.

const ROOT = resolve(import.meta.dirname, '../../..');

interface Recorded {
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  schemesBeforeReady: boolean;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  windows: FakeWindow[];
  appListeners: Map<string, ((...args: unknown[]) => void)[]>;
  ipcHandlers: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  permissionRequest?: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
  menu: MenuItem[];
  opened: string[];
}
interface MenuItem {
  id?: string;
  label?: string;
  role?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItem[];
}
interface FakeWindow {
  options: { webPreferences: Record<string, unknown> };
  url: string | null;
  sent: [string, unknown][];
  webContents: { id: number; mainFrame: { processId: number; routingId: number }; send(channel: string, payload: unknown): void };
}

let work: string;
let dataDir: string;
let recorded: Recorded;
let ready: () => void;
const restoreResolve = (Module as unknown as { _resolveFilename: (...a: unknown[]) => string })._resolveFilename;

function fakeElectron(dataDir: string, rec: Recorded) {
  let isReady = false;
  const readyPromise = new Promise<void>((done) => {
    ready = () => {
      isReady = true;
      done();
    };
  });
  let nextId = 1;
  class BrowserWindow implements FakeWindow {
    url: string | null = null;
    sent: [string, unknown][] = [];
    webContents;
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      const id = nextId++;
      this.webContents = { id, mainFrame: { processId: 10 + id, routingId: 1 }, send: (channel: string, payload: unknown) => void this.sent.push([channel, payload]) };
      rec.windows.push(this);
    }
    once() {}
    on() {}
    focus() {}
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      this.url = url;
    }
    async loadFile() {
      throw new Error('pages are loaded from the app scheme, not files');
    }
  }
  const on = (name: string, listener: (...args: unknown[]) => void) => void rec.appListeners.set(name, [...(rec.appListeners.get(name) ?? []), listener]);
  return {
    app: {
      isPackaged: true,
      name: 'Chairside',
      on,
      requestSingleInstanceLock: () => true,
      whenReady: () => readyPromise,
      getPath: () => dataDir,
      getVersion: () => '0.1.0',
      quit() {},
      exit() {},
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: Recorded['schemes']) {
        rec.schemes.push(...schemes);
        rec.schemesBeforeReady = !isReady;
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void rec.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Recorded['permissionRequest']) => void (rec.permissionRequest = h),
        setPermissionCheckHandler() {},
        setDevicePermissionHandler() {},
        setSpellCheckerLanguages() {},
        webRequest: { onHeadersReceived() {} },
      },
    },
    ipcMain: { handle: (channel: string, h: (event: unknown, input: unknown) => Promise<unknown>) => void rec.ipcHandlers.set(channel, h), on() {} },
    Menu: { buildFromTemplate: (template: MenuItem[]) => template, setApplicationMenu: (menu: MenuItem[]) => void (rec.menu = menu) },
    shell: { openExternal: async (url: string) => void rec.opened.push(url) },
    safeStorage: { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'gnome_libsecret', encryptString: (s: string) => Buffer.from(s), decryptString: (b: Buffer) => b.toString() },
    dialog: { showErrorBox() {}, showMessageBox: async () => ({ response: 0 }) },
    screen: { getAllDisplays: () => [], getPrimaryDisplay: () => ({ id: 1 }) },
    BrowserWindow,
  };
}

beforeAll(async () => {
  // Inside the checkout, so the bundle's external pdfkit resolves from node_modules.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp', 'main-startup-'));
  await build({
    entryPoints: { main: join(ROOT, 'electron/main.ts') },
    outdir: join(work, 'electron'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'pdfkit'],
    define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename', 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'error',
  });
  mkdirSync(join(work, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(work, 'renderer', 'index.html'), '<!doctype html><title>chair</title>');
  writeFileSync(join(work, 'renderer', 'family.html'), '<!doctype html><title>family</title>');
  writeFileSync(join(work, 'renderer', 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(work, 'main.cjs.map'), '{}');
  dataDir = mkdtempSync(join(tmpdir(), 'chairside-main-'));
  recorded = { schemes: [], schemesBeforeReady: false, protocolHandlers: new Map(), windows: [], appListeners: new Map(), ipcHandlers: new Map(), menu: [], opened: [] };
  const fake = fakeElectron(dataDir, recorded);
  const fakePath = join(work, 'electron-stand-in.cjs');
  writeFileSync(fakePath, 'module.exports = globalThis.__chairsideFakeElectron;');
  (globalThis as { __chairsideFakeElectron?: unknown }).__chairsideFakeElectron = fake;
  (Module as unknown as { _resolveFilename: (...a: unknown[]) => string })._resolveFilename = function (request: unknown, ...rest: unknown[]) {
    return request === 'electron' ? fakePath : restoreResolve.call(this, request, ...rest);
  };
  createRequire(import.meta.url)(join(work, 'electron', 'main.cjs'));
  ready();
  // start() runs on the next turn once whenReady resolves.
  await new Promise((done) => setTimeout(done, 50));
});

afterAll(() => {
  (Module as unknown as { _resolveFilename: unknown })._resolveFilename = restoreResolve;
  rmSync(work, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the Electron main process, started against a stand-in electron module', () => {
  it('registers its scheme as standard and secure before the app is ready', () => {
    expect(recorded.schemes).toEqual([{ scheme: 'chairside', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(recorded.schemesBeforeReady).toBe(true);
  });

  it('opens one isolated, sandboxed window on chairside://chair/index.html', () => {
    expect(recorded.windows).toHaveLength(1);
    const [chair] = recorded.windows;
    expect(chair!.url).toBe('chairside://chair/index.html');
    expect(chair!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(String(chair!.options.webPreferences.preload)).toMatch(/preload\.cjs$/);
  });

  it('serves each page and the assets from the built renderer, as the right type, and nothing else', async () => {
    const handler = recorded.protocolHandlers.get('chairside')!;
    const get = async (url: string, method = 'GET') => {
      const r = await handler(new Request(url, { method }));
      return { status: r.status, type: r.headers.get('content-type'), csp: r.headers.get('content-security-policy'), body: await r.text() };
    };
    expect(await get('chairside://chair/index.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>chair</title>', csp: expect.stringContaining("default-src 'none'") });
    expect(await get('chairside://family/family.html')).toMatchObject({ status: 200, body: '<!doctype html><title>family</title>' });
    expect(await get('chairside://chair/assets/index-abc.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    for (const url of ['chairside://family/index.html', 'chairside://chair/assets/missing.js', 'chairside://chair/..%2felectron%2fmain.cjs', 'chairside://chair/assets/%2e%2e/%2e%2e/main.cjs.map']) expect((await get(url)).status, url).toBe(404);
    expect((await get('chairside://chair/index.html', 'POST')).status).toBe(404);
  });

  it('guards every web contents and refuses permissions', () => {
    const refused: string[] = [];
    const contents = {
      on: (name: string, l: (e: unknown) => void) => l({ url: 'https://example.org/', isMainFrame: true, preventDefault: () => refused.push(name) }),
      setWindowOpenHandler: (h: (d: { url: string }) => unknown) => expect(h({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' }),
    };
    for (const l of recorded.appListeners.get('web-contents-created') ?? []) l({}, contents);
    expect(refused.sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    const answers: boolean[] = [];
    recorded.permissionRequest?.({}, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(recorded.opened).toEqual([]);
  });

  it("binds every call, refuses one from another window, and answers the chair's main frame", async () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(Object.values(calls).map((c) => c.channel).sort());
    const chair = recorded.windows[0]!;
    const appInfo = recorded.ipcHandlers.get(calls.appInfo.channel)!;
    const family = { sender: { id: 99 }, senderFrame: { url: 'chairside://family/family.html', processId: 50, routingId: 1 } };
    expect(await appInfo(family, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const own = { sender: { id: chair.webContents.id }, senderFrame: { url: 'chairside://chair/index.html', ...chair.webContents.mainFrame } };
    expect(await appInfo(own, {})).toMatchObject({ ok: true, value: { host: 'electron' } });
  });

  it("has a Settings item on Ctrl+, that tells the chair's page to open Settings", () => {
    const items = (list: MenuItem[]): MenuItem[] => list.flatMap((i) => [i, ...items(i.submenu ?? [])]);
    const settings = items(recorded.menu).find((i) => i.id === 'settings');
    expect(settings).toMatchObject({ label: 'Settings', accelerator: 'CmdOrCtrl+,' });
    settings!.click!();
    expect(recorded.windows[0]!.sent).toContainEqual([CHAIR_EVENT_CHANNELS.openSettings, {}]);
    items(recorded.menu).find((i) => /Signs of Safety/.test(i.label ?? ''))!.click!();
    expect(recorded.opened).toEqual(['https://www.gov.uk/government/publications/working-together-to-safeguard-children--2']);
  });
});
