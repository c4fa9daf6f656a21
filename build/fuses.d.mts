// Types for build/fuses.mjs (plain ESM so electron-builder can load it without a compiler).
import type { FuseV1Config } from '@electron/fuses';

export const REQUIRED_FUSES: Record<'RunAsNode' | 'EnableCookieEncryption' | 'EnableNodeOptionsEnvironmentVariable' | 'EnableNodeCliInspectArguments' | 'EnableEmbeddedAsarIntegrityValidation' | 'OnlyLoadAppFromAsar' | 'LoadBrowserProcessSpecificV8Snapshot' | 'GrantFileProtocolExtraPrivileges', boolean>;
export function fuseConfig(): FuseV1Config;
export function fuseWireProblems(wire: { version: string } & Partial<Record<number, number>>): string[];
