/**
 * Reads a server-sent event stream with fetch so the secret can travel in a header (an
 * EventSource cannot send headers, and a secret in the query string ends up in more places).
 * Reconnects with a growing pause while the host restarts.
 */
export interface StreamMessage {
  event: string;
  data: string;
}

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

async function readMessages(body: ReadableStream<Uint8Array>, onMessage: (m: StreamMessage) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message = parseBlock(block);
      if (message) onMessage(message);
    }
  }
}

function parseBlock(block: string): StreamMessage | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue; // keep-alive comment
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length ? { event, data: data.join('\n') } : null;
}
