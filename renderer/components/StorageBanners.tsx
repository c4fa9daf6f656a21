import type { AppInfo } from '../../shared/ipc';

/**
 * Lasting notices about where the records are kept, shown above every page for as long as they
 * are true: a data key not protected by the keychain, and a data folder that cannot be written
 * (read-only, or another Chairside has it). Never dismissed: the chair must not forget either.
 */
export function StorageBanners({ info }: { info: AppInfo }) {
  const unprotected = info.keyProtection === 'none';
  const weak = info.keyProtection === 'weak';
  if (!unprotected && !weak && !info.readOnly) return null;
  return (
    <aside className="storage-banners" aria-label="How your records are kept">
      {unprotected && (
        <p className="banner warn">
          <strong>Not protected by the keychain: use only for trying the app with made-up data.</strong> The key that
          unlocks these records is kept in a plain file beside them.
        </p>
      )}
      {weak && <p className="banner warn">This computer’s keychain protects the key to these records only weakly.</p>}
      {info.readOnly && (
        <p className="banner error">
          <strong>Read only.</strong> {info.readOnly}
        </p>
      )}
    </aside>
  );
}
