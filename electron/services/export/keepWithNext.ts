import type { Block } from '../../../shared/documents/model';
import { dotPlotHeight } from './pdfDotPlot';

/** Font size of each heading level, shared with the renderer so the estimate matches the drawing. */
export const HEADING_SIZE: Record<1 | 2 | 3, number> = { 1: 16, 2: 13.5, 3: 11.5 };

/** What a heading takes on the page: the space above it, one line, and the space below. */
function headingHeight(level: 1 | 2 | 3): number {
  const size = HEADING_SIZE[level];
  return size * (level === 3 ? 2.2 : 2.6);
}

/** How much of a block must fit below its heading for the heading not to look stranded. */
function startOf(block: Block): number {
  switch (block.type) {
    case 'paragraph':
      return 30; // two lines
    case 'keyValue':
      return 36; // two rows
    case 'table':
      return 56; // the header row and the first row
    case 'dotPlot':
      return dotPlotHeight(block.scores);
    case 'heading':
      return headingHeight(block.level);
  }
}

/**
 * The space a heading needs before it is drawn, so it stays on the same page as what it
 * introduces: itself, any headings straight after it (a section and its first part), and the
 * start of the first block that is not a heading. A heading at the foot of a page with its text
 * overleaf reads as a fault in a document a council sends out.
 */
export function spaceToKeepWithNext(blocks: readonly Block[], index: number): number {
  let need = 0;
  for (let i = index; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'heading') return need + startOf(b);
    need += headingHeight(b.level);
  }
  return need;
}
