/**
 * The browser host gives the page its secret in the URL fragment (`#k=…` for the chair,
 * `#f=…` for the family). A fragment never travels to a server or into a Referer header.
 *
 * We keep it in this tab's history entry (history.state), not in sessionStorage: a tab opened
 * from this one gets a copy of sessionStorage (the family tab did, and with it the chair's
 * secret), but never a copy of another tab's history. A reload keeps the entry and its state,
 * so the page still works after F5; nothing else, on any origin, can read it.
 */
export type SecretKind = 'k' | 'f';

const STATE_KEY: Record<SecretKind, string> = { k: 'chairside.hostSecret', f: 'chairside.familySecret' };

export function takeHostSecret(kind: SecretKind): string | null {
  const fromHash = readFromHash(kind);
  if (fromHash) {
    keepInHistory(kind, fromHash);
    return fromHash;
  }
  const state: unknown = window.history.state;
  if (state && typeof state === 'object') {
    const value = (state as Record<string, unknown>)[STATE_KEY[kind]];
    if (typeof value === 'string' && isSecret(value)) return value;
  }
  return null;
}

const isSecret = (value: string) => /^[A-Za-z0-9_-]{16,128}$/.test(value);

function readFromHash(kind: SecretKind): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const value = params.get(kind);
  return value && isSecret(value) ? value : null;
}

/** Moves the secret from the address bar into the history entry, in one replaceState. */
function keepInHistory(kind: SecretKind, secret: string): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  params.delete(kind);
  const rest = params.toString();
  const url = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
  const previous: unknown = window.history.state;
  const state = { ...(previous && typeof previous === 'object' ? previous : {}), [STATE_KEY[kind]]: secret };
  window.history.replaceState(state, '', url);
}
