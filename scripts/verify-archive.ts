// `npm run verify-archive -- <folder or .zip>`: re-checks an archive package against its manifest
// with the same code as the desktop app's `Chairside --verify-archive <path>` and the check it
// runs after saving a package (electron/services/export/verifyArchive.ts). Exit code 0 when the
// package is intact and signed, 1 when anything differs (or it is unsigned), 2 when it cannot be
// read or is refused unread (README, "Exports and archive packages"). `--key "<fingerprint>"`
// refuses packages signed by any other installation; `--allow-unsigned` accepts unsigned ones.
import { verifyArchiveCommand } from '../electron/services/export/verifyArchive';

const code = verifyArchiveCommand(['--verify-archive', ...process.argv.slice(2)], (text, isError) => (isError ? console.error : console.log)(text));
process.exit(code ?? 2);
