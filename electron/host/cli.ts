import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from './startHost';
import { lanAddress } from '../services/collab/lanAddress';

/**
 * `node dist/host/host.mjs [--data <dir>] [--port <n>] [--json]`: the browser host as a
 * command. Prints the address to open (with its secret); `--json` prints one machine-readable
 * line instead, for the test fixture.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '0' },
      'family-port': { type: 'string', default: '0' },
      static: { type: 'string' },
      json: { type: 'boolean', default: false },
      // Listen for a minute-taker's app on this laptop's network address, not only on loopback.
      'collab-lan': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const here = import.meta.dirname;
  const staticDir = values.static ? resolve(values.static) : findUp(here, ['renderer/index.html', 'dist/renderer/index.html']);
  if (!staticDir) throw new Error('The built renderer was not found. Run `npm run build` first.');
  const dataDir = resolve(values.data ?? join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'chairside-browser-host'));
  const port = Number(values.port);
  const familyPort = Number(values['family-port']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  if (!Number.isInteger(familyPort) || familyPort < 0 || familyPort > 65535) throw new Error(`--family-port must be a number from 0 to 65535, not "${values['family-port']}".`);

  const host = await startHost({ dataDir, staticDir, appVersion: appVersion(here), port, familyPort, collabListenHost: values['collab-lan'] ? lanAddress() : '127.0.0.1' });
  if (values.json) {
    // For the program that started the host (npm start, the tests), over a pipe: the chair secret
    // is here for test harnesses that call the API directly; npm start never prints it.
    console.log(JSON.stringify({ url: host.url, familyUrl: host.familyUrl, origin: host.origin, port: host.port, familyOrigin: host.familyOrigin, familyPort: host.familyPort, chairSecret: host.secrets.chair, dataDir }));
  } else {
    console.log(`Chairside is running in your browser at:\n  ${host.url}\n(the address works once)\nData folder: ${dataDir}\nThe family screen opens from the chair's page. Press Ctrl+C to stop.`);
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await host.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  // An error escaping a timer or callback must not take the chair's session down with it. Saves
  // are synchronous, so none can be cut in half here; the error is recorded and the host carries on.
  const record = (what: string) => (err: unknown) => console.error(`Chairside browser host: ${what}, recorded; the host carries on. ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.on('uncaughtException', record('an unexpected error'));
  process.on('unhandledRejection', record('an unexpected rejected promise'));
}

/** The folder holding one of the given relative files, searching upwards from `from`. */
function findUp(from: string, candidates: string[]): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const c of candidates) if (existsSync(join(dir, c))) return dirname(join(dir, c));
    if (dirname(dir) === dir) return undefined;
  }
}

function appVersion(from: string): string {
  const dir = findUp(from, ['package.json']);
  if (!dir) return '0.0.0';
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
}

main().catch((err: unknown) => {
  console.error(`Chairside browser host could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
