import type { DocumentModel } from '../../../shared/documents/model';

/** Control characters have no place in metadata, and XML 1.0 (the XMP packet) forbids them. */
const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!);

/** The document information entries: each is also written to the XMP metadata by pdfkit. */
export function documentInfo(model: DocumentModel, made: Date) {
  return {
    Title: plain(model.title),
    Author: plain(model.author),
    Subject: plain(model.subject),
    Keywords: plain(model.keywords.join('; ')),
    Creator: 'Chairside',
    CreationDate: made,
  };
}

interface MetadataWriter {
  info: Record<string, unknown>;
  _addInfo(): void;
}

/**
 * pdfkit copies the document information into the XMP packet as it stands, so "Brighton & Hove"
 * or "O'Brien" made the metadata invalid XML (and the PDF not PDF/A). The information dictionary
 * is written before the XMP, so the copy made for the XMP is escaped and the dictionary keeps the
 * plain text: read back, the two agree, as PDF/A requires. (pdfkit is pinned, 0.20.2.)
 */
export function escapeXmpValues(doc: PDFKit.PDFDocument): void {
  const writer = doc as unknown as MetadataWriter;
  const addInfo = writer._addInfo.bind(writer);
  writer._addInfo = () => {
    const info = writer.info;
    writer.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo();
    } finally {
      writer.info = info;
    }
  };
}
