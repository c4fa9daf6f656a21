import { DEFAULT_SETTINGS, type Conference, type Settings } from '../../../shared/model';
import { archiveFolderName, buildDocument, exportFileName, type Audience, type DocumentKind } from '../../../shared/documents';
import { AppFailure, type HandlerTable } from '../handlers/types';
import type { ConferenceReader } from '../repository';
import type { Delivery } from '../delivery';
import { findFontsDir } from './fonts';
import { renderPdf } from './pdfRenderer';
import { archiveFiles, sha256 } from './archivePackage';

export interface ExportOptions {
  repository: ConferenceReader;
  delivery: Delivery;
  appVersion: string;
  /** The file name pattern lives in the settings. */
  settings?: () => Promise<Settings>;
  fontsDir?: string;
  now?: () => Date;
}

const DEFAULT_PATTERN = DEFAULT_SETTINGS.fileNamePattern;

/** One load of the record and the settings: everything an export makes comes from this. */
interface Snapshot {
  c: Conference;
  pattern: string;
  made: Date;
}

/**
 * Export calls: main loads the saved conference once (never trusting the renderer's copy), builds
 * the documents for the audience from that one snapshot, renders the PDFs and hands them to the
 * delivery (save dialog or download). A save landing part-way through cannot reach an export
 * already under way. The audit entry (and with it the "exported" status) is written when the
 * delivery says the file has reached the user, not when it is offered.
 */
export function createExportHandlers(o: ExportOptions): Pick<HandlerTable, 'exportDocument' | 'exportArchive'> {
  const now = o.now ?? (() => new Date());
  let fontsDir = o.fontsDir;
  const fonts = () => (fontsDir ??= findFontsDir());

  async function snapshot(id: string): Promise<Snapshot> {
    const c = await o.repository.load(id);
    const pattern = (o.settings ? (await o.settings()).fileNamePattern : DEFAULT_PATTERN) || DEFAULT_PATTERN;
    return { c, pattern, made: now() };
  }

  async function pdf(s: Snapshot, kind: DocumentKind, audience: Audience) {
    const rendered = await renderPdf(buildDocument(s.c, kind, audience), fonts(), s.made);
    return { rendered, name: exportFileName(s.pattern, s.c, kind, audience, 'pdf') };
  }

  return {
    async exportDocument({ id, document, audience }) {
      const s = await snapshot(id);
      const { rendered, name } = await pdf(s, document, audience);
      const audit = () => o.repository.appendAudit(id, { at: s.made.toISOString(), what: document, audience, version: s.c.documentVersion, files: [{ name, sha256: sha256(rendered.bytes), bytes: rendered.bytes.byteLength }] });
      const result = await o.delivery.saveFile({ name, bytes: rendered.bytes }, { name: 'PDF document', extensions: ['pdf'] }, audit);
      if (result.kind === 'cancelled') return result;
      return { ...result, pages: rendered.pages, missingCharacters: rendered.missingCharacters };
    },

    async exportArchive({ id }) {
      const s = await snapshot(id);
      const parts = [];
      const missing = new Set<string>();
      for (const document of ['minutes', 'plan'] as const) {
        for (const audience of ['full', 'family'] as const) {
          const { rendered, name } = await pdf(s, document, audience);
          rendered.missingCharacters.forEach((ch) => missing.add(ch));
          parts.push({ name, bytes: rendered.bytes, document, audience });
        }
      }
      const folder = archiveFolderName(s.pattern, s.c);
      const { files, manifest } = archiveFiles(s.c, parts, `${folder}_record.json`, o.appVersion, s.made);
      if (!files.length) throw new AppFailure('internal', 'Nothing to archive.');
      const audit = () => o.repository.appendAudit(id, { at: s.made.toISOString(), what: 'archive', audience: 'both', version: s.c.documentVersion, files: manifest.files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes })) });
      const result = await o.delivery.saveFolder(folder, files, audit);
      if (result.kind === 'cancelled') return result;
      return { ...result, missingCharacters: [...missing] };
    },
  };
}
