import { versionOf } from '../../../shared/conference/documentIssue';
import { DEFAULT_SETTINGS, type Conference, type Settings } from '../../../shared/model';
import type { ExportProgress } from '../../../shared/ipc';
import { archiveFolderName, buildDocument, exportFileName, type Audience, type DocumentKind } from '../../../shared/documents';
import type { MeetingRules } from '../../../shared/documents/meetingRecord';
import { AppFailure } from '../appFailure';
import type { HandlerTable } from '../handlers/types';
import type { ConferenceReader } from '../repository';
import type { Delivery } from '../delivery';
import { findFontsDir } from './fonts';
import { createWorkerPdfRenderer, ExportCancelled, type PdfRenderer } from './pdfWorker';
import { fastPathsAllowed } from './pdfkitVersion';
import { archiveFiles, sha256 } from './archivePackage';
import { filesDigest, type AuditChainStore, type ChainEntry } from '../audit/auditChain';
import type { DocumentModel } from '../../../shared/documents/model';
import type { InstallationSigner } from '../audit/installationKey';

export interface ExportOptions {
  repository: ConferenceReader;
  delivery: Delivery;
  appVersion: string;
  /** The file name pattern lives in the settings. */
  settings?: () => Promise<Settings>;
  fontsDir?: string;
  now?: () => Date;
  /** Where PDFs are rendered: by default a worker thread with time and memory limits. */
  renderer?: PdfRenderer;
  /** Told how far the export under way has got (the chair's window shows it). */
  progress?: (p: ExportProgress) => void;
  /** The audit chain (delivered exports are appended) and the key that signs archive packages. */
  audit?: { chain: AuditChainStore; signer: () => Promise<InstallationSigner> };
}

const DEFAULT_PATTERN = DEFAULT_SETTINGS.fileNamePattern;

/** One load of the record and the settings: everything an export makes comes from this. */
interface Snapshot {
  c: Conference;
  pattern: string;
  /** Quorum and report deadlines, which the minutes state the meeting against. */
  rules: MeetingRules;
  made: Date;
  /** The audit chain as it stood at this revision. */
  chain: ChainEntry[];
}

/**
 * Export calls: main loads the saved conference once (never trusting the renderer's copy), builds
 * the documents for the audience from that one snapshot, renders the PDFs and hands them to the
 * delivery (save dialog or download). A save landing part-way through cannot reach an export
 * already under way. The audit entry (and with it the "exported" status) is written when the
 * delivery says the file has reached the user, not when it is offered.
 */
export function createExportHandlers(o: ExportOptions): Pick<HandlerTable, 'exportDocument' | 'exportArchive' | 'cancelExport'> {
  const now = o.now ?? (() => new Date());
  let fontsDir = o.fontsDir;
  const fonts = () => (fontsDir ??= findFontsDir());
  const renderer = o.renderer ?? createWorkerPdfRenderer();
  // At start-up: a pdfkit other than the pinned one is said once, and exports use its own code.
  fastPathsAllowed();
  // The exports under way (normally one: the page waits for each), so cancel can stop them.
  const underWay = new Set<AbortController>();
  const TITLES = { minutes: 'Minutes', plan: 'Plan' } as const;
  const AUDIENCES = { full: 'full record', family: 'family copy' } as const;

  /** Runs an export that can be cancelled: a cancelled one answers { kind: 'cancelled' }. */
  async function cancellable<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | { kind: 'cancelled' }> {
    const controller = new AbortController();
    underWay.add(controller);
    try {
      return await work(controller.signal);
    } catch (err) {
      if (err instanceof ExportCancelled) return { kind: 'cancelled' };
      throw err;
    } finally {
      underWay.delete(controller);
    }
  }

  async function snapshot(id: string): Promise<Snapshot> {
    const c = await o.repository.load(id);
    // Cut at this revision: a save landing after the load cannot add its entries to this export.
    const chain = o.audit?.chain.upTo(id, c.revision) ?? [];
    const settings = o.settings ? await o.settings() : DEFAULT_SETTINGS;
    const pattern = settings.fileNamePattern || DEFAULT_PATTERN;
    return { c, pattern, rules: settings, made: now(), chain };
  }

  /** The export's audit entry, then its link in the chain: both once the file has reached the user. */
  async function recordExport(s: Snapshot, entry: Conference['audit'][number]): Promise<void> {
    await o.repository.appendAudit(s.c.id, entry);
    o.audit?.chain.append(s.c.id, { at: entry.at, kind: 'export', revision: s.c.revision, digest: filesDigest(entry.files), detail: `${entry.what} ${entry.audience}` });
  }

  async function pdf(s: Snapshot, kind: DocumentKind, audience: Audience, signal: AbortSignal, step: { done: number; total: number }) {
    const document = `${TITLES[kind]}, ${AUDIENCES[audience]}`;
    const onProgress = (fraction: number) => o.progress?.({ document, done: step.done, total: step.total, fraction });
    onProgress(0);
    const rendered = await renderer.render(withChainHead(buildDocument(s.c, kind, audience, s.rules), s.chain), fonts(), s.made, { signal, onProgress });
    return { rendered, name: exportFileName(s.pattern, s.c, kind, audience, 'pdf') };
  }

  return {
    exportDocument: ({ id, document, audience }) => cancellable(async (signal) => {
      const s = await snapshot(id);
      const { rendered, name } = await pdf(s, document, audience, signal, { done: 0, total: 1 });
      const audit = () => recordExport(s, { at: s.made.toISOString(), what: document, audience, version: versionOf(s.c, document), files: [{ name, sha256: sha256(rendered.bytes), bytes: rendered.bytes.byteLength }] });
      const result = await o.delivery.saveFile({ name, bytes: rendered.bytes }, { name: 'PDF document', extensions: ['pdf'] }, audit);
      if (result.kind === 'cancelled') return result;
      return { ...result, pages: rendered.pages, missingCharacters: rendered.missingCharacters };
    }),

    exportArchive: ({ id }) => cancellable(async (signal) => {
      const s = await snapshot(id);
      const parts = [];
      const missing = new Set<string>();
      for (const document of ['minutes', 'plan'] as const) {
        for (const audience of ['full', 'family'] as const) {
          const { rendered, name } = await pdf(s, document, audience, signal, { done: parts.length, total: 4 });
          rendered.missingCharacters.forEach((ch) => missing.add(ch));
          parts.push({ name, bytes: rendered.bytes, document, audience });
        }
      }
      const folder = archiveFolderName(s.pattern, s.c);
      const proof = o.audit ? { chain: s.chain, signer: await o.audit.signer() } : undefined;
      const { files, manifest } = archiveFiles(s.c, parts, `${folder}_record.json`, o.appVersion, s.made, proof);
      if (!files.length) throw new AppFailure('internal', 'Nothing to archive.');
      const audit = () => recordExport(s, { at: s.made.toISOString(), what: 'archive', audience: 'both', version: Math.max(s.c.documentVersion, s.c.planVersion), files: manifest.files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes })) });
      const result = await o.delivery.saveFolder(folder, files, audit);
      if (result.kind === 'cancelled') return result;
      return { ...result, missingCharacters: [...missing] };
    }),

    async cancelExport() {
      const cancelled = underWay.size > 0;
      for (const controller of underWay) controller.abort();
      return { cancelled };
    },
  };
}

/**
 * The audit chain's head at the document's revision, in its keywords: pdfkit writes keywords to
 * the information dictionary and the XMP alike (PDF/A wants the two equal), so a PDF found on its
 * own still names the point in the chain it was made at.
 */
function withChainHead(model: DocumentModel, chain: readonly ChainEntry[]): DocumentModel {
  const head = chain[chain.length - 1]?.hash;
  return head ? { ...model, keywords: [...model.keywords, `Chairside audit chain ${head}`] } : model;
}
