import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../../../shared/documents/model';
import { AppFailure } from '../appFailure';
import type { RenderedPdf } from './pdfRenderer';
import type { RenderJob, WorkerMessage } from './exportWorker';

export interface ExportLimits {
  /** One document may take this long; then the worker is stopped. */
  timeMs: number;
  /** The worker's JavaScript heap (V8's old generation), in MB: past it the worker is stopped, not the app. */
  memoryMb: number;
}

/** Generous for real records: a 10 MB record (3,000 pages) takes well under a minute and 500 MB. */
export const DEFAULT_EXPORT_LIMITS: ExportLimits = { timeMs: 5 * 60_000, memoryMb: 1_536 };

export interface RenderRequest {
  onProgress?: (fraction: number) => void;
  /** Aborting stops the worker at once; the render then fails with ExportCancelled. */
  signal?: AbortSignal;
  fastPaths?: boolean;
}

/** Renders PDFs somewhere other than the calling thread. */
export interface PdfRenderer {
  render(model: DocumentModel, fontsDir: string, made: Date, request?: RenderRequest): Promise<RenderedPdf>;
  /** Stops the worker, if one is running. */
  close(): Promise<void>;
}

/** The chair cancelled: nothing was made or saved. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
  }
}

/**
 * Where the worker's code is: beside this code once built (dist/host/exportWorker.mjs,
 * dist/electron/exportWorker.cjs), else the TypeScript source loaded through tsx (tests, tsx).
 */
function workerScript(): { script: string | URL; eval: boolean } {
  const here = import.meta.dirname;
  for (const built of ['exportWorker.mjs', 'exportWorker.cjs']) {
    if (existsSync(join(here, built))) return { script: join(here, built), eval: false };
  }
  const source = pathToFileURL(join(here, 'exportWorker.ts')).href;
  // tsx's ESM entry, found from its package file (require.resolve would give the CommonJS one).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return { script: `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`, eval: true };
}

interface Running {
  id: number;
  /** The worker has its code loaded and has begun this job. */
  started(): void;
  resolve(pdf: RenderedPdf): void;
  reject(err: Error): void;
  onProgress?: (fraction: number) => void;
}

/**
 * One long-lived export worker (the fonts are parsed once per worker, not per export), with a
 * time and a memory limit per document. A worker that is stopped (time, memory, cancel) or dies
 * is replaced by a fresh one at the next export. Jobs run one after another.
 */
/** How long a fresh worker may take to load its code before its first job is given up. */
const BOOT_LIMIT_MS = 60_000;

export function createWorkerPdfRenderer(limits: ExportLimits = DEFAULT_EXPORT_LIMITS): PdfRenderer {
  let worker: Worker | undefined;
  let running: Running | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = async (why: Error) => {
    const w = worker;
    worker = undefined;
    const job = running;
    running = undefined;
    job?.reject(why);
    if (w) await w.terminate();
  };

  const start = (): Worker => {
    const { script, eval: isEval } = workerScript();
    const w = new Worker(script, {
      eval: isEval,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
      // Nothing from the parent's command line (e.g. --inspect) reaches the worker.
      execArgv: [],
    });
    // An idle worker must not keep the app (or a test run) from exiting.
    w.unref();
    w.on('message', (m: WorkerMessage) => {
      if (worker !== w || !running || m.id !== running.id) return;
      if (m.type === 'started') running.started();
      else if (m.type === 'progress') running.onProgress?.(m.fraction);
      else if (m.type === 'done') {
        const job = running;
        running = undefined;
        job.resolve({ bytes: m.bytes, pages: m.pages, missingCharacters: m.missingCharacters });
      } else {
        const job = running;
        running = undefined;
        job.reject(new AppFailure('internal', `The document could not be made: ${m.message}. Nothing was saved.`));
      }
    });
    w.on('error', (err: Error & { code?: string }) => {
      // A worker already stopped (time, cancel) has had its job answered; a later event from it
      // must not touch the job of the worker that replaced it.
      if (worker !== w) return;
      worker = undefined;
      const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const job = running;
      running = undefined;
      job?.reject(
        new AppFailure(
          'internal',
          outOfMemory
            ? `Making the document needed more than the ${limits.memoryMb} MB of memory Chairside allows an export, so it was stopped. Nothing was saved. If the record holds very long pasted text, shorten it and export again.`
            : `The document could not be made: the export stopped unexpectedly (${err.message}). Nothing was saved.`,
        ),
      );
    });
    w.on('exit', () => {
      if (worker !== w) return;
      worker = undefined;
      const job = running;
      running = undefined;
      job?.reject(new AppFailure('internal', 'The document could not be made: the export stopped unexpectedly. Nothing was saved.'));
    });
    return w;
  };

  const renderOne = (model: DocumentModel, fontsDir: string, made: Date, request: RenderRequest) =>
    new Promise<RenderedPdf>((resolve, reject) => {
      if (request.signal?.aborted) return reject(new ExportCancelled());
      worker ??= start();
      const id = nextId++;
      // The limit counts only the worker's work on this job: not the queue before it, and not a
      // fresh worker loading its code (slow on a busy laptop, and no fault of the record's), which
      // has a limit of its own.
      let timer = setTimeout(() => void stop(new AppFailure('internal', 'The export could not start: its worker did not load in time. Nothing was saved. Try again; if it happens again, restart Chairside.')), Math.max(BOOT_LIMIT_MS, limits.timeMs));
      const started = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const minutes = Math.round(limits.timeMs / 60_000);
          void stop(new AppFailure('internal', `Making the document took longer than the ${minutes >= 1 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${Math.round(limits.timeMs / 1000)} seconds`} Chairside allows an export, so it was stopped. Nothing was saved. If the record holds very long pasted text, shorten it and export again.`));
        }, limits.timeMs);
      };
      const onAbort = () => void stop(new ExportCancelled());
      request.signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
      };
      running = {
        id,
        started,
        onProgress: request.onProgress,
        resolve: (pdf) => {
          settle();
          resolve(pdf);
        },
        reject: (err) => {
          settle();
          reject(err);
        },
      };
      const job: RenderJob = { id, model, fontsDir, made: made.toISOString(), fastPaths: request.fastPaths };
      worker.postMessage(job);
    });

  return {
    render(model, fontsDir, made, request = {}) {
      const result = queue.then(() => renderOne(model, fontsDir, made, request));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await stop(new ExportCancelled());
    },
  };
}
