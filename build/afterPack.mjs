// electron-builder's afterPack hook: flips the Electron fuses in the packaged binary before
// electron-builder signs it (build/fuses.mjs says which and why). Through the packager's own
// addElectronFuses, so the binary's path is found the same way on Windows, macOS and Linux.
import { fuseConfig } from './fuses.mjs';

export default async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig());
}
