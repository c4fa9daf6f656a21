import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { calls, ok, type Result } from '../../../shared/ipc';
import { pageUrl } from '../../../electron/appScheme';
import { externalLink, guardContents, guardSession, ipcHandlers, isTrustedSender, type ChairWindowFacts, type GuardedContents, type GuardedSession, type InvokeEventFacts } from '../../../electron/guardDecisions';

// The shell's guards, run on the data Electron hands them: real URLs, frames described by
// their ids. Each test here fails if its guard is taken out of electron/guardDecisions.ts.

const CHAIR_PAGE = pageUrl('index.html');
const FAMILY_PAGE = pageUrl('family.html');

/** A WebContents as the guards see it: listeners by event, and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, ((event: never) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: (event: never) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  /** Emits an event the way Electron does and says whether any listener refused it. */
  const emit = (name: string, details: { url?: string; isMainFrame?: boolean } = {}): boolean => {
    let prevented = false;
    for (const l of listeners.get(name) ?? []) l({ ...details, preventDefault: () => (prevented = true) } as never);
    return prevented;
  };
  return { contents: contents as unknown as GuardedContents, emit, open: (url: string) => openHandler?.({ url }) ?? { action: 'allow' } };
}

const AWAY = [
  'https://example.org/',
  'http://127.0.0.1:8080/phish',
  'file:///etc/passwd',
  pathToFileURL('/opt/Chairside/resources/app.asar/dist/renderer/index.html').toString(),
  'chairside://chair/assets/../../../../home/chair/evil.html',
  FAMILY_PAGE,
  `${CHAIR_PAGE}?next=https://example.org`,
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'chrome://settings',
];

describe('navigation and new windows', () => {
  it.each(AWAY)('refuses to navigate the main frame or a subframe to %s, or to be redirected there', (url) => {
    const { contents, emit } = fakeContents();
    guardContents(contents, () => {});
    expect(emit('will-navigate', { url, isMainFrame: true })).toBe(true);
    expect(emit('will-frame-navigate', { url, isMainFrame: true })).toBe(true);
    expect(emit('will-frame-navigate', { url, isMainFrame: false })).toBe(true);
    expect(emit('will-redirect', { url, isMainFrame: true })).toBe(true);
  });

  it('refuses every <webview>', () => {
    const { contents, emit } = fakeContents();
    guardContents(contents, () => {});
    expect(emit('will-attach-webview')).toBe(true);
  });

  it.each([...AWAY, CHAIR_PAGE, 'https://www.gov.uk/'])('opens no new window for %s', (url) => {
    const { contents, open } = fakeContents();
    guardContents(contents, () => {});
    expect(open(url)).toEqual({ action: 'deny' });
  });

  it('hands only parsed https links to the system browser, never anything else a page asks to open', () => {
    const { contents, open } = fakeContents();
    const opened: string[] = [];
    guardContents(contents, (url) => opened.push(url));
    for (const url of [...AWAY, 'https://www.gov.uk/guidance?x=1#top', 'HTTPS://WWW.GOV.UK/a b', 'https://user:pw@www.gov.uk.evil.example/']) open(url);
    expect(opened).toEqual(['https://example.org/', 'https://www.gov.uk/guidance?x=1#top', 'https://www.gov.uk/a%20b']);
  });
});

describe('externalLink', () => {
  it.each([
    ['https://www.gov.uk/government/publications/working-together', 'https://www.gov.uk/government/publications/working-together'],
    ['  https://www.gov.uk/x  ', 'https://www.gov.uk/x'],
    // What is opened is the parsed link, so an empty user part leaves nothing behind.
    ['https://@www.gov.uk/', 'https://www.gov.uk/'],
  ])('lets %s out as %s', (url, expected) => expect(externalLink(url)).toBe(expected));

  it.each(['http://www.gov.uk/', 'file:///C:/Windows/System32/calc.exe', 'smb://server/share', 'ms-msdt:/id PCWDiagnostic', 'javascript:alert(1)', 'https://', 'https//www.gov.uk', 'www.gov.uk', '', 'https://a:b@www.gov.uk/', 'https://a@www.gov.uk/'])(
    'keeps %j in',
    (url) => expect(externalLink(url)).toBeNull(),
  );
});

describe('permissions and the content security policy', () => {
  // Every permission name this Electron version knows, read from its own type declarations.
  const declarations = readFileSync(resolve(import.meta.dirname, '../../../node_modules/electron/electron.d.ts'), 'utf8');
  const union = /setPermissionRequestHandler\(handler: \(\(webContents: WebContents, permission: ([^,]+),/.exec(declarations)?.[1] ?? '';
  const PERMISSIONS = [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

  function fakeSession() {
    const handlers: { request?: (wc: unknown, p: string, cb: (granted: boolean) => void) => void; check?: (wc: unknown, p: string) => boolean; device?: (d: unknown) => boolean; headers?: Parameters<GuardedSession['webRequest']['onHeadersReceived']>[0] } = {};
    const session: GuardedSession = {
      setPermissionRequestHandler: (h) => void (handlers.request = h),
      setPermissionCheckHandler: (h) => void (handlers.check = h),
      setDevicePermissionHandler: (h) => void (handlers.device = h),
      webRequest: { onHeadersReceived: (l) => void (handlers.headers = l) },
    };
    return { session, handlers };
  }

  it('knows the permissions to refuse (so the next test cannot pass on an empty list)', () => {
    expect(PERMISSIONS).toEqual(expect.arrayContaining(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'usb', 'serial']));
  });

  it('refuses every permission request and check, and every device', () => {
    const { session, handlers } = fakeSession();
    guardSession(session, "default-src 'none'");
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      handlers.request?.({}, permission, (granted) => answers.push(granted));
      expect({ permission, answers }).toEqual({ permission, answers: [false] });
      expect({ permission, check: handlers.check?.({}, permission) }).toEqual({ permission, check: false });
    }
    for (const device of [{ deviceType: 'hid' }, { deviceType: 'usb' }, { deviceType: 'serial' }]) expect(handlers.device?.(device)).toBe(false);
  });

  it('puts our policy on every response, replacing any policy the response brought', () => {
    const { session, handlers } = fakeSession();
    guardSession(session, "default-src 'none'; script-src 'self'");
    let out: Record<string, string[]> = {};
    handlers.headers?.({ responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline'"], 'Content-Type': ['text/html'] } }, (r) => (out = r.responseHeaders));
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'none'; script-src 'self'"] });
    handlers.headers?.({}, (r) => (out = r.responseHeaders));
    expect(out).toEqual({ 'Content-Security-Policy': ["default-src 'none'; script-src 'self'"] });
  });
});

describe('the IPC sender check', () => {
  const chair: ChairWindowFacts = { webContentsId: 1, mainFrame: { processId: 4, routingId: 1 } };
  const fromChair: InvokeEventFacts = { sender: { id: 1 }, senderFrame: { url: CHAIR_PAGE, processId: 4, routingId: 1 } };
  const refused: [string, InvokeEventFacts, ChairWindowFacts | null][] = [
    ['the family window (its own web contents, showing family.html)', { sender: { id: 2 }, senderFrame: { url: FAMILY_PAGE, processId: 5, routingId: 1 } }, chair],
    ['the family window even if it somehow showed index.html', { sender: { id: 2 }, senderFrame: { url: CHAIR_PAGE, processId: 5, routingId: 1 } }, chair],
    ["a subframe inside the chair's window", { sender: { id: 1 }, senderFrame: { url: CHAIR_PAGE, processId: 4, routingId: 7 } }, chair],
    ["a subframe of the chair's window in another process", { sender: { id: 1 }, senderFrame: { url: CHAIR_PAGE, processId: 9, routingId: 1 } }, chair],
    ["the chair's main frame after it got to another site", { sender: { id: 1 }, senderFrame: { url: 'https://example.org/', processId: 4, routingId: 1 } }, chair],
    ["the chair's main frame showing the family page", { sender: { id: 1 }, senderFrame: { url: FAMILY_PAGE, processId: 4, routingId: 1 } }, chair],
    ["the chair's main frame on another index.html", { sender: { id: 1 }, senderFrame: { url: 'file:///tmp/index.html', processId: 4, routingId: 1 } }, chair],
    ["the chair's main frame on the page's old file:// address", { sender: { id: 1 }, senderFrame: { url: pathToFileURL('/opt/Chairside/resources/app.asar/dist/renderer/index.html').toString(), processId: 4, routingId: 1 } }, chair],
    // Frame ids alone are not trusted: the web contents must be the chair's too.
    ['another web contents whose frame reports the ids of the chair\'s main frame', { sender: { id: 3 }, senderFrame: { url: CHAIR_PAGE, processId: 4, routingId: 1 } }, chair],
    ['a frame already gone', { sender: { id: 1 }, senderFrame: null }, chair],
    ["any window once the chair's has closed", fromChair, null],
  ];

  it.each(refused)('refuses %s', (_what, event, chairNow) => expect(isTrustedSender(event, chairNow, CHAIR_PAGE)).toBe(false));

  it('refuses, rather than throws, when the frame is disposed while being read', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      processId: 4,
      routingId: 1,
    };
    expect(isTrustedSender({ sender: { id: 1 }, senderFrame: disposed }, chair, CHAIR_PAGE)).toBe(false);
  });

  it("answers the chair's own main frame, whatever its query or fragment", () => {
    expect(isTrustedSender(fromChair, chair, CHAIR_PAGE)).toBe(true);
    expect(isTrustedSender({ ...fromChair, senderFrame: { ...fromChair.senderFrame!, url: `${CHAIR_PAGE}?a=1#/conference` } }, chair, CHAIR_PAGE)).toBe(true);
  });

  it('binds every call of the contract, and each refuses the family window before the dispatcher sees it', async () => {
    const seen: string[] = [];
    const dispatch = async (channel: string): Promise<Result<unknown>> => (seen.push(channel), ok('done'));
    const handlers = ipcHandlers(dispatch, () => chair, CHAIR_PAGE);
    expect(handlers.map((h) => h.channel).sort()).toEqual(Object.values(calls).map((c) => c.channel).sort());
    const family = refused[0]![1];
    for (const h of handlers) expect(await h.handle(family, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(seen).toEqual([]);
    const save = handlers.find((h) => h.channel === calls.listConferences.channel)!;
    expect(await save.handle(fromChair, {})).toEqual(ok('done'));
    expect(seen).toEqual([calls.listConferences.channel]);
  });
});
