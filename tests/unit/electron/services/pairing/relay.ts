import { connect, createServer, type Socket } from 'node:net';

/**
 * A man in the middle for the pairing tests: a TCP proxy on 127.0.0.1 between the joiner and the
 * listener. It records every byte each side sent, cuts the streams into length-prefixed frames and
 * lets a test change, repeat or drop a frame on its way, inject raw bytes, or cut the wires.
 */
export type Direction = 'toListener' | 'toJoiner';
/** Returns the frame bodies to forward instead of `body` (the same array for no change). */
export type FrameHook = (direction: Direction, body: Buffer, index: number) => Buffer[];

export interface Relay {
  port: number;
  /** Every byte as each side sent it, before any change by the hook. */
  wire(): Buffer;
  /** Frames seen so far in one direction (bodies, before the hook). */
  frames(direction: Direction): Buffer[];
  inject(direction: Direction, bytes: Buffer): void;
  /** Destroys every socket on both sides, as a dropped Wi-Fi would end them. */
  cutAll(): void;
  /** Stops forwarding anything (a Wi-Fi that goes silent without closing anything). */
  freeze(): void;
  /** While blocked, new connections are cut at once (the network is down); existing ones are not touched. */
  setBlocked(blocked: boolean): void;
  /** Connections accepted so far (including those cut while blocked). */
  readonly connections: number;
  close(): Promise<void>;
}

function frameOf(body: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

export async function startRelay(target: { host: string; port: number }, hook: FrameHook = (_d, body) => [body]): Promise<Relay> {
  const captured: Buffer[] = [];
  const seen: Record<Direction, Buffer[]> = { toListener: [], toJoiner: [] };
  const sockets = new Set<Socket>();
  const pairs: Array<Record<Direction, Socket>> = [];
  let frozen = false;
  let blocked = false;
  let connections = 0;

  function pipe(from: Socket, to: Socket, direction: Direction): void {
    let pending = Buffer.alloc(0);
    from.on('data', (chunk: Buffer) => {
      captured.push(Buffer.from(chunk));
      if (frozen) return;
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4) {
        const length = pending.readUInt32BE(0);
        if (pending.length < 4 + length) break;
        const body = pending.subarray(4, 4 + length);
        pending = pending.subarray(4 + length);
        const index = seen[direction].push(Buffer.from(body)) - 1;
        for (const out of hook(direction, Buffer.from(body), index)) if (!to.destroyed) to.write(frameOf(out));
      }
    });
    // A frozen relay passes on nothing, not even a close: the other side must notice by itself.
    from.on('close', () => frozen || to.destroy());
    from.on('error', () => frozen || to.destroy());
  }

  const server = createServer((joinerSide) => {
    connections += 1;
    if (blocked) return joinerSide.destroy();
    const listenerSide = connect(target);
    sockets.add(joinerSide).add(listenerSide);
    pairs.push({ toListener: listenerSide, toJoiner: joinerSide });
    pipe(joinerSide, listenerSide, 'toListener');
    pipe(listenerSide, joinerSide, 'toJoiner');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    wire: () => Buffer.concat(captured),
    frames: (direction) => seen[direction],
    inject(direction, bytes) {
      for (const pair of pairs) if (!pair[direction].destroyed) pair[direction].write(bytes);
    },
    cutAll() {
      for (const s of sockets) s.destroy();
    },
    freeze() {
      frozen = true;
    },
    setBlocked(value) {
      blocked = value;
    },
    get connections() {
      return connections;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
