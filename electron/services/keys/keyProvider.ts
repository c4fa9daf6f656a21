/**
 * Supplies the 256-bit data key that encrypts every store. In Electron the key is wrapped by
 * the OS keychain (safeStorage); in the browser host and tests a provider made for that purpose
 * is passed in. No production path reads a key from an environment variable.
 */
export interface KeyProvider {
  /**
   * How the stored key is actually kept: 'os' keychain-protected; 'weak' a weak fallback (Linux
   * basic_text, or stored bare because there was no keychain); 'none' a plain file beside the
   * data (the browser host); 'test' unit tests only. 'weak' and 'none' need the chair's consent
   * before anything is stored.
   */
  readonly protection: 'os' | 'weak' | 'none' | 'test';
  /** Returns the data key, creating and storing it (wrapped) the first time. 32 bytes. */
  getDataKey(): Promise<Uint8Array>;
}
