// The export worker: renders PDFs off the thread that answers the windows (worker_threads, in
// the browser host and in Electron's main process alike). One job at a time; the parent
// (pdfWorker.ts) sets its time and memory limits and stops it to cancel.
import { parentPort } from 'node:worker_threads';
import type { DocumentModel } from '../../../shared/documents/model';
import { renderPdf } from './pdfRenderer';
import { loadFonts } from './fonts';

export interface RenderJob {
  id: number;
  model: DocumentModel;
  fontsDir: string;
  /** ISO instant: a Date does not survive structured cloning as the same time zone rules. */
  made: string;
  fastPaths?: boolean;
}

export type WorkerMessage =
  | { id: number; type: 'started' }
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; bytes: Uint8Array; pages: number; missingCharacters: string[] }
  | { id: number; type: 'failed'; message: string };

const port = parentPort;
if (port) {
  port.on('message', (job: RenderJob) => {
    // Loading this worker's code and parsing the fonts (once per worker) are not the record's
    // doing: the export's time limit starts once they are done.
    try {
      loadFonts(job.fontsDir);
    } catch {
      // renderPdf meets the same failure and reports it.
    }
    port.postMessage({ id: job.id, type: 'started' } satisfies WorkerMessage);
    let last = 0;
    const onProgress = (fraction: number) => {
      // At most ten messages a second: each one is a structured clone and an event to the window.
      const now = performance.now();
      if (now - last < 100 && fraction < 1) return;
      last = now;
      port.postMessage({ id: job.id, type: 'progress', fraction } satisfies WorkerMessage);
    };
    renderPdf(job.model, job.fontsDir, new Date(job.made), { fastPaths: job.fastPaths, onProgress }).then(
      (pdf) => {
        // Its own ArrayBuffer, handed over rather than copied.
        const bytes = pdf.bytes.byteOffset === 0 && pdf.bytes.byteLength === pdf.bytes.buffer.byteLength ? pdf.bytes : pdf.bytes.slice();
        port.postMessage({ id: job.id, type: 'done', bytes, pages: pdf.pages, missingCharacters: pdf.missingCharacters } satisfies WorkerMessage, [bytes.buffer as ArrayBuffer]);
      },
      (err: unknown) => port.postMessage({ id: job.id, type: 'failed', message: err instanceof Error ? err.message : String(err) } satisfies WorkerMessage),
    );
  });
}
