import { useState } from 'react';
import type { AppInfo } from '../../../shared/ipc';
import { api } from '../../api/api';

/**
 * Shown before anything is stored when the operating system cannot keep the data key in a
 * protected keychain (for example Linux without a keyring), or when the browser host would keep
 * it in a plain file. The chair decides, knowingly.
 */
export function WeakKeyConsent({ info, onAccepted }: { info: AppInfo; onAccepted: (info: AppInfo) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [quit, setQuit] = useState(false);
  async function accept() {
    const r = await api().acceptWeakKeyProtection({});
    if (r.ok) onAccepted(r.value);
    else setError(r.error.message);
  }
  if (quit)
    return (
      <main className="page">
        <h1>Nothing has been stored</h1>
        <p>You can close this window. Ask your IT team to set up this computer's keychain (keyring), then start Chairside again.</p>
      </main>
    );
  if (info.keyProtection === 'none') return <PlainKeyConsent accept={accept} quit={() => setQuit(true)} error={error} />;
  return (
    <main className="page">
      <h1>This computer cannot fully protect conference records</h1>
      <div className="banner warn">
        <p>
          Chairside encrypts every conference it stores. The key that unlocks them should be kept by this computer's
          keychain, so that only you, signed in, can use it.
        </p>
        <p>
          This computer does not offer a protected keychain. If you continue, the key is stored with only weak
          protection: someone who copies your files could read the records.
        </p>
      </div>
      <p>Nothing has been stored yet. Continue only if your organisation allows it, for example on an encrypted laptop.</p>
      {error && <p className="banner error" role="alert">{error}</p>}
      <div className="dialog-actions start">
        <button type="button" className="primary" onClick={accept}>
          Continue and store data on this computer
        </button>
        <button type="button" onClick={() => setQuit(true)}>
          Do not store anything
        </button>
      </div>
    </main>
  );
}

/** The browser host: there is no keychain at all, so this is for trying the app only. */
function PlainKeyConsent({ accept, quit, error }: { accept: () => void; quit: () => void; error: string | null }) {
  return (
    <main className="page">
      <h1>Not protected by the keychain: for trying the app only</h1>
      <div className="banner warn">
        <p>
          Chairside is running in your browser, not as the desktop app. It encrypts every conference it stores, but here
          the key that unlocks them is kept in a plain file beside them: anyone who can copy the data folder can read the
          records.
        </p>
      </div>
      <p>Nothing has been stored yet. Continue only to try the app with made-up data, never with real families.</p>
      {error && <p className="banner error" role="alert">{error}</p>}
      <div className="dialog-actions start">
        <button type="button" className="primary" onClick={accept}>
          Continue with made-up data
        </button>
        <button type="button" onClick={quit}>
          Do not store anything
        </button>
      </div>
    </main>
  );
}
