import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(import.meta.dirname, '../..');
export const HOST_BUNDLE = resolve(ROOT, 'dist/host/host.mjs');

export interface HostAddress {
  url: string;
  familyUrl: string;
  origin: string;
  port: number;
  familyOrigin: string;
  familyPort: number;
  /** For calling the API directly from a test; the page itself gets it by trading the one-time code in `url`. */
  chairSecret: string;
}

export interface HostProcess extends HostAddress {
  output(): string;
  stop(): Promise<void>;
  /** Kills the host at once (SIGKILL), as a laptop losing power would: nothing gets to save. */
  kill(): Promise<void>;
}

/** Starts the built browser host as its own process, as a user would, and reads its address. */
export async function startHostProcess(dataDir: string, port = 0, familyPort = 0): Promise<HostProcess> {
  if (!existsSync(HOST_BUNDLE)) throw new Error(`${HOST_BUNDLE} is missing: run \`npm run build\` first.`);
  const child = spawn(process.execPath, [HOST_BUNDLE, '--data', dataDir, '--port', String(port), '--family-port', String(familyPort), '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const address = await new Promise<HostAddress>((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`The host did not start in 20 s.\n${log}`)), 20_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolvePromise(JSON.parse(line) as HostAddress);
      } catch {
        reject(new Error(`The host printed something unexpected: ${line}\n${log}`));
      }
      lines.on('line', (l) => (log += `${l}\n`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (code ${code}) before it started.\n${log}`));
    });
  });
  return {
    ...address,
    output: () => log,
    stop: () => stopChild(child),
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 8_000);
  await exited;
  clearTimeout(timer);
}
