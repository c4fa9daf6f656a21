import { createParser } from 'eventsource-parser';

/** One message of the stream: its event name ("message" when the host named none) and its data. */
export interface StreamMessage {
  event: string;
  data: string;
}

/**
 * Reads a server-sent event stream with fetch so the secret can travel in a header (an
 * EventSource cannot send headers, and a secret in the query string ends up in more places).
 * Reconnects with a growing pause while the host restarts.
 */
export function openEventStream(url: string, headers: Record<string, string>, onMessage: (m: StreamMessage) => void): () => void {
  const controller = new AbortController();
  let delay = 250;

  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const res = await fetch(url, { headers: { ...headers, accept: 'text/event-stream' }, signal: controller.signal, cache: 'no-store' });
        // A refused secret will not get better by retrying quickly.
        if (res.status === 403 || res.status === 404) delay = 5_000;
        if (res.ok && res.body) {
          delay = 250;
          await readMessages(res.body, onMessage);
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5_000);
    }
  };
  void run();
  return () => controller.abort();
}

/**
 * The stream's bytes as messages. The parsing is eventsource-parser's (the WHATWG format: LF, CRLF
 * or CR line endings, several data lines, comments, a message split across reads), not ours; only
 * the fetch with its header and the reconnecting are hand-written here.
 */
async function readMessages(body: ReadableStream<Uint8Array>, onMessage: (m: StreamMessage) => void): Promise<void> {
  // A fresh parser per connection: half a message left by a dropped connection is never delivered.
  const parser = createParser({ onEvent: ({ event, data }) => onMessage({ event: event ?? 'message', data }) });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    parser.feed(decoder.decode(value, { stream: true }));
  }
}
