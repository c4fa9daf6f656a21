/**
 * Supplies the 256-bit data key that encrypts every store. In Electron the key is wrapped by
 * the OS keychain (safeStorage); in the browser host and tests a provider made for that purpose
 * is passed in. No production path reads a key from an environment variable.
 */
export interface KeyProvider {
  /** 'os': keychain-protected; 'weak': the OS offers only a weak fallback (Linux basic_text); 'test': browser host / tests. */
  readonly protection: 'os' | 'weak' | 'test';
  /** Returns the data key, creating and storing it (wrapped) the first time. 32 bytes. */
  getDataKey(): Promise<Uint8Array>;
}
