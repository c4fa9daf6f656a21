import { deflateSync } from 'node:zlib';

/**
 * The zlib level for the document's compressed streams (page content, fonts, structure). pdfkit
 * uses zlib's default (6); compressing was about an eighth of a large export's time. Measured on
 * the 67-page minutes (1.65 MB of streams): level 6 12 ms and 142 KB, level 3 5.5 ms and 157 KB
 * (the file 5% larger), level 1 7.4 ms and 169 KB. What is drawn is the same at every level.
 */
export const STREAM_LEVEL = 3;

interface StreamReference {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): unknown;
}
interface ReferenceMaker {
  ref(data?: object): unknown;
}

/**
 * Compresses the document's streams at `level` instead of pdfkit's default. A layout choice, not
 * one of the fast paths: documents made with the fast paths off use it too, so they stay equal.
 * pdfkit compresses a stream when it is finished (PDFReference.finalize); the stream is
 * compressed here just before, and pdfkit then writes it as it is (its Filter is already set).
 * Should a reference not look as expected (another pdfkit), it is left to pdfkit.
 */
export function compressStreamsAt(doc: ReferenceMaker, level: number = STREAM_LEVEL): void {
  const ref = doc.ref.bind(doc);
  // pdfkit's own finalize (every reference shares it) and ours, made once per document: a
  // document has over a thousand references.
  let own: ((this: StreamReference) => unknown) | undefined;
  let atLevel: ((this: StreamReference) => unknown) | undefined;
  doc.ref = (data) => {
    const made = ref(data) as Partial<StreamReference>;
    if (typeof made.finalize !== 'function' || !Array.isArray(made.buffer) || typeof made.compress !== 'boolean') return made;
    if (!own) {
      const finalize = (own = made.finalize as (this: StreamReference) => unknown);
      atLevel = function finalizeAtLevel(this: StreamReference) {
        if (this.compress && this.buffer.length) {
          this.buffer = [deflateSync(Buffer.concat(this.buffer), { level })];
          this.compress = false;
        }
        return finalize.call(this);
      };
    }
    if (made.finalize === own) made.finalize = atLevel;
    return made;
  };
}
