import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openEventStream, type StreamMessage } from '../../../../renderer/api/eventStream';

// The browser host's event stream, read with fetch so the chair's secret travels in a header (an
// EventSource cannot send one). The wire format is the WHATWG server-sent events format: lines
// end in LF, CRLF or CR, a message may arrive split across reads, comments keep the line alive.

let server: Server | undefined;
let close: (() => void) | undefined;

afterEach(async () => {
  close?.();
  close = undefined;
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse, visit: number) => void): Promise<string> {
  let visit = 0;
  server = createServer((req, res) => handler(req, res, visit++));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
}

function stream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
}

/** Collects messages until `count` have come, or fails after a few seconds. */
function collect(url: string, headers: Record<string, string>, count: number): Promise<StreamMessage[]> {
  return new Promise((resolve, reject) => {
    const got: StreamMessage[] = [];
    const timer = setTimeout(() => reject(new Error(`only ${got.length} of ${count} messages: ${JSON.stringify(got)}`)), 4_000);
    close = openEventStream(url, headers, (m) => {
      got.push(m);
      if (got.length === count) {
        clearTimeout(timer);
        resolve(got);
      }
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the event stream client', () => {
  it('sends the secret in a header and asks for an event stream', async () => {
    let seen: IncomingMessage | undefined;
    const url = await serve((req, res) => {
      seen = req;
      stream(res);
      res.write('event: hello\ndata: {"n":1}\n\n');
    });
    expect(await collect(url, { 'x-chairside-secret': 's3cret' }, 1)).toEqual([{ event: 'hello', data: '{"n":1}' }]);
    expect(seen?.headers['x-chairside-secret']).toBe('s3cret');
    expect(seen?.headers.accept).toBe('text/event-stream');
  });

  it('reads messages split across reads, comments, several data lines, no event name, and every line ending', async () => {
    const url = await serve(async (_req, res) => {
      stream(res);
      const chunks = [
        ': connected\n\n',
        'event: chairside:event.conf',
        'erenceChanged\ndata: {"id":"a"}\n',
        '\n',
        'event: crlf\r\ndata: {"id":"b"}\r\n\r\n',
        'event: cr\rdata: {"id":"c"}\r\r',
        'data: first line\ndata: second line\n\n',
        'data:no space\n\n: keep-alive\n\nevent: é\ndata: {"name":"Zoë',
        '"}\n\n',
      ];
      for (const c of chunks) {
        res.write(c);
        await pause(5);
      }
    });
    expect(await collect(url, {}, 6)).toEqual([
      { event: 'chairside:event.conferenceChanged', data: '{"id":"a"}' },
      { event: 'crlf', data: '{"id":"b"}' },
      { event: 'cr', data: '{"id":"c"}' },
      { event: 'message', data: 'first line\nsecond line' },
      { event: 'message', data: 'no space' },
      { event: 'é', data: '{"name":"Zoë"}' },
    ]);
  });

  it('keeps a letter whose bytes are split across two reads', async () => {
    const bytes = Buffer.from('event: name\ndata: Zoë Ångström\n\n', 'utf8');
    const cut = bytes.indexOf(Buffer.from('ë')) + 1;
    const url = await serve(async (_req, res) => {
      stream(res);
      res.write(bytes.subarray(0, cut));
      await pause(20);
      res.write(bytes.subarray(cut));
    });
    expect(await collect(url, {}, 1)).toEqual([{ event: 'name', data: 'Zoë Ångström' }]);
  });

  it('opens the stream again when the host drops it, and drops half a message it never finished', async () => {
    const url = await serve((_req, res, visit) => {
      stream(res);
      if (visit === 0) res.end('event: one\ndata: 1\n\nevent: cut\ndata: never fin');
      else res.write('event: two\ndata: 2\n\n');
    });
    expect(await collect(url, {}, 2)).toEqual([
      { event: 'one', data: '1' },
      { event: 'two', data: '2' },
    ]);
  });

  it('stops for good when closed', async () => {
    let visits = 0;
    const url = await serve((_req, res) => {
      visits++;
      stream(res);
      res.end();
    });
    close = openEventStream(url, {}, () => {});
    await pause(100);
    close();
    const seen = visits;
    await pause(700);
    expect(seen).toBeGreaterThan(0);
    expect(visits).toBe(seen);
  });
});
