/**
 * How a page in the browser host learns its secret, without the chair's secret ever being in an
 * address a browser keeps.
 *
 * The chair's page is opened at `#c=<one-time code>`: it trades the code for the secret once
 * (POST /session), and the code is spent, so the address in the browser's history, session files
 * or the process list is worthless afterwards. The family's page is opened at `#f=<family secret>`,
 * which opens nothing but the family's own screen.
 *
 * The secret is then kept in this tab's history entry (history.state), not in sessionStorage: a
 * tab opened from this one gets a copy of sessionStorage, never a copy of another tab's history.
 * A reload keeps the entry and its state, so the page still works after F5.
 */
export type SecretKind = 'k' | 'f';

/** Must match electron/host/hostServer.ts. */
const LAUNCH_HEADER = 'x-chairside-launch';
const STATE_KEY: Record<SecretKind, string> = { k: 'chairside.hostSecret', f: 'chairside.familySecret' };
const isToken = (value: string) => /^[A-Za-z0-9_-]{16,128}$/.test(value);

/** The chair's secret: from this tab's history entry, or by trading the one-time code in the address. */
export function takeChairSecret(): string | Promise<string> | null {
  const kept = fromHistory('k');
  const code = fromHash('c');
  if (code) {
    forgetFromHash('c');
    return kept ?? redeem(code);
  }
  return kept;
}

/** The family's secret: from the address (moved into this tab's history entry), or from a reload. */
export function takeFamilySecret(): string | null {
  const given = fromHash('f');
  if (given) {
    forgetFromHash('f');
    keep('f', given);
    return given;
  }
  return fromHistory('f');
}

async function redeem(code: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch('/session', { method: 'POST', headers: { [LAUNCH_HEADER]: code }, cache: 'no-store' });
  } catch {
    throw new Error('Chairside’s local service is not answering. Check it is still running, then reload.');
  }
  const body = (await res.json().catch(() => null)) as { ok: true; value: { secret: string } } | { ok: false; error: { message: string } } | null;
  if (!body || !body.ok || !isToken(body.value.secret)) throw new Error(body && !body.ok ? body.error.message : 'Chairside could not open this session.');
  keep('k', body.value.secret);
  return body.value.secret;
}

function fromHistory(kind: SecretKind): string | null {
  const state: unknown = window.history.state;
  if (!state || typeof state !== 'object') return null;
  const value = (state as Record<string, unknown>)[STATE_KEY[kind]];
  return typeof value === 'string' && isToken(value) ? value : null;
}

function fromHash(key: string): string | null {
  const value = new URLSearchParams(window.location.hash.replace(/^#/, '')).get(key);
  return value && isToken(value) ? value : null;
}

function forgetFromHash(key: string): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  params.delete(key);
  const rest = params.toString();
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
}

function keep(kind: SecretKind, secret: string): void {
  const previous: unknown = window.history.state;
  window.history.replaceState({ ...(previous && typeof previous === 'object' ? previous : {}), [STATE_KEY[kind]]: secret }, '', window.location.href);
}
