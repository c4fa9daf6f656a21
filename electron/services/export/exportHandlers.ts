import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model';
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

/**
 * Export calls: main loads the saved conference (never trusting the renderer's copy), builds
 * the document for the audience, renders the PDF and hands it to the delivery (save dialog or
 * download). Every export is recorded in the conference's audit log with its checksums.
 */
export function createExportHandlers(o: ExportOptions): Pick<HandlerTable, 'exportDocument' | 'exportArchive'> {
  const now = o.now ?? (() => new Date());
  let fontsDir = o.fontsDir;
  const fonts = () => (fontsDir ??= findFontsDir());
  const pattern = async () => (o.settings ? (await o.settings()).fileNamePattern : DEFAULT_PATTERN) || DEFAULT_PATTERN;

  async function pdf(id: string, kind: DocumentKind, audience: Audience) {
    const c = await o.repository.load(id);
    const made = now();
    const rendered = await renderPdf(buildDocument(c, kind, audience), fonts(), made);
    return { c, made, rendered, name: exportFileName(await pattern(), c, kind, audience, 'pdf') };
  }

  return {
    async exportDocument({ id, document, audience }) {
      const { c, made, rendered, name } = await pdf(id, document, audience);
      const result = await o.delivery.saveFile({ name, bytes: rendered.bytes }, { name: 'PDF document', extensions: ['pdf'] });
      if (result.kind === 'cancelled') return result;
      await o.repository.appendAudit(id, { at: made.toISOString(), what: document, audience, version: c.documentVersion, files: [{ name, sha256: sha256(rendered.bytes), bytes: rendered.bytes.byteLength }] });
      return { ...result, pages: rendered.pages, missingCharacters: rendered.missingCharacters };
    },

    async exportArchive({ id }) {
      const made = now();
      const parts = [];
      const missing = new Set<string>();
      for (const document of ['minutes', 'plan'] as const) {
        for (const audience of ['full', 'family'] as const) {
          const { rendered, name } = await pdf(id, document, audience);
          rendered.missingCharacters.forEach((ch) => missing.add(ch));
          parts.push({ name, bytes: rendered.bytes, document, audience });
        }
      }
      const c = await o.repository.load(id);
      const folder = archiveFolderName(await pattern(), c);
      const { files, manifest } = archiveFiles(c, parts, `${folder}_record.json`, o.appVersion, made);
      if (!files.length) throw new AppFailure('internal', 'Nothing to archive.');
      const result = await o.delivery.saveFolder(folder, files);
      if (result.kind === 'cancelled') return result;
      await o.repository.appendAudit(id, { at: made.toISOString(), what: 'archive', audience: 'both', version: c.documentVersion, files: manifest.files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes })) });
      return { ...result, missingCharacters: [...missing] };
    },
  };
}
