/**
 * The browser host gives the page its secret in the URL fragment (`#k=…` for the chair,
 * `#f=…` for the family). A fragment never travels to a server or into a Referer header; we
 * keep it in sessionStorage so a reload still works, then take it out of the address bar.
 */
export type SecretKind = 'k' | 'f';

const STORAGE_KEY: Record<SecretKind, string> = { k: 'chairside.hostSecret', f: 'chairside.familySecret' };

export function takeHostSecret(kind: SecretKind): string | null {
  const fromHash = readFromHash(kind);
  if (fromHash) {
    try {
      sessionStorage.setItem(STORAGE_KEY[kind], fromHash);
    } catch {
      // Storage can be disabled; the secret then lasts only for this page load.
    }
    stripFromHash(kind);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY[kind]);
  } catch {
    return null;
  }
}

function readFromHash(kind: SecretKind): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const value = params.get(kind);
  return value && /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : null;
}

function stripFromHash(kind: SecretKind): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  params.delete(kind);
  const rest = params.toString();
  const url = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
  window.history.replaceState(window.history.state, '', url);
}
