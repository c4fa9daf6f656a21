import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../../shared/security/contentSecurityPolicy';

/**
 * Server-sent event streams for one audience (the chair, or the family). Each hub is fed only
 * by its own EventSink method, so the family's hub can never carry a chair event.
 */
export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private last: { event: string; data: string } | undefined;
  private readonly keepAlive: NodeJS.Timeout;

  /** With `replayLast`, a new client first gets the latest message (the family screen now). */
  constructor(private readonly replayLast: boolean) {
    // Comments keep idle connections from being closed by the browser or a proxy.
    this.keepAlive = setInterval(() => this.clients.forEach((c) => c.write(': keep-alive\n\n')), 15_000);
    this.keepAlive.unref();
  }

  attach(res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    if (this.replayLast && this.last) res.write(format(this.last.event, this.last.data));
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(event: string, payload: unknown): void {
    const data = JSON.stringify(payload);
    this.last = { event, data };
    const message = format(event, data);
    this.clients.forEach((c) => c.write(message));
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.keepAlive);
    this.clients.forEach((c) => c.end());
    this.clients.clear();
  }
}

// JSON.stringify never emits a raw newline, so one data line always holds the whole payload.
const format = (event: string, data: string) => `event: ${event}\ndata: ${data}\n\n`;
