import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditChainStore } from '../../../../../electron/services/audit/auditChain';
import { installationSigner } from '../../../../../electron/services/audit/installationKey';
import type { Conference } from '../../../../../shared/model';

/** An installation key from a fixed data key, and a chain in a fresh folder holding `c`'s save: what createApp wires. */
export function testAudit(c: Conference, dataKey = new Uint8Array(32).fill(7)) {
  const chain = createAuditChainStore(mkdtempSync(join(tmpdir(), 'chairside-chain-')));
  chain.recordSave(c);
  const signer = installationSigner(dataKey);
  return { chain, signer, audit: { chain, signer: async () => signer } };
}
