// Types for build/afterPack.mjs (electron-builder loads it as plain ESM).
export default function afterPack(context: { packager: { addElectronFuses(context: unknown, config: import('@electron/fuses').FuseV1Config): Promise<unknown> } }): Promise<void>;
