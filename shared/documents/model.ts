/**
 * A document as data: what the PDF renderer draws, for one audience. Built by pure functions
 * from the conference (./minutesDocument.ts, ./planDocument.ts); the family copy is built only
 * from shared/family's projection, so it cannot hold anything the family may not see.
 */
export type Audience = 'full' | 'family';
export type DocumentKind = 'minutes' | 'plan';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; runs: Run[]; restricted?: boolean }
  | { type: 'keyValue'; rows: [string, string][] }
  | { type: 'table'; columns: { title: string; weight: number }[]; rows: { cells: string[]; restricted?: boolean }[]; empty: string }
  | { type: 'dotPlot'; title: string; zero: string; ten: string; scores: number[] };

export interface DocumentModel {
  kind: DocumentKind;
  audience: Audience;
  title: string;
  subject: string;
  author: string;
  localAuthority: string;
  keywords: string[];
  version: number;
  /** Draft documents carry a DRAFT watermark. */
  final: boolean;
  blocks: Block[];
}

export const RESTRICTED_LABEL = 'RESTRICTED — not for the family';
export const CLASSIFICATION = 'OFFICIAL-SENSITIVE';

export const p = (text: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({ type: 'paragraph', runs: [{ text }], ...extra });
export const h = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, text });
export const orNone = (text: string | undefined, none = 'None recorded.') => (text && text.trim() ? text : none);
