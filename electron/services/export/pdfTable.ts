import type { Block } from '../../../shared/documents/model';
import { ensureSpace, RESTRICTED_INK, type Pen, type StructureType, type TagOptions } from './pen';

type Table = Extract<Block, { type: 'table' }>;
const PAD = 4;
const SIZE = 9;

/**
 * A table that breaks across pages with its header row repeated. A row taller than a whole
 * page (a 10,000-character cell) is written as labelled paragraphs instead, so nothing runs
 * off the page.
 */
export function drawTable(pen: Pen, t: Table, opts: { header: boolean; keyColumn: boolean }): void {
  const { doc } = pen;
  const left = doc.page.margins.left;
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const widths = t.columns.map((c) => (pen.width * c.weight) / total);
  const pageSpace = () => pen.bottom - doc.page.margins.top - 30;

  if (!t.rows.length) {
    pen.font('regular', SIZE);
    pen.tag('P', () => doc.fillColor('#4a5360').text(t.empty, left, doc.y, { width: pen.width }));
    doc.moveDown(0.4);
    return;
  }
  const cellsOf = (cells: string[]) => cells.map((c) => pen.safe.clean(c));
  const heightOf = (cells: string[], bold: boolean) => {
    let h = 0;
    cells.forEach((c, i) => {
      pen.font(bold || (opts.keyColumn && i === 0) ? 'bold' : 'regular', SIZE);
      h = Math.max(h, doc.heightOfString(c || ' ', { width: widths[i]! - 2 * PAD }));
    });
    return h + 2 * PAD;
  };
  // Header cells head their column; the first cell of a key-value row heads its row.
  const cellTag = (bold: boolean, i: number): [StructureType, TagOptions | undefined] =>
    bold ? ['TH', { scope: 'Column' }] : opts.keyColumn && i === 0 ? ['TH', { scope: 'Row' }] : ['TD', undefined];
  // Each row is measured once: the height decides the page break and is then drawn with.
  const drawRow = (cells: string[], h: number, bold: boolean, shade: string | null, restricted: boolean) => {
    const y = doc.y;
    if (shade) pen.artifact(() => doc.rect(left, y, pen.width, h).fill(shade));
    let x = left;
    pen.group('TR', () =>
      cells.forEach((c, i) => {
        pen.font(bold || (opts.keyColumn && i === 0) ? 'bold' : 'regular', SIZE);
        if (restricted) doc.fillColor(RESTRICTED_INK);
        const [type, tagOptions] = cellTag(bold, i);
        pen.tag(type, () => doc.text(c, x + PAD, y + PAD, { width: widths[i]! - 2 * PAD }), tagOptions);
        x += widths[i]!;
      }),
    );
    pen.artifact(() => doc.moveTo(left, y + h).lineTo(left + pen.width, y + h).lineWidth(0.4).strokeColor('#c9d0d8').stroke());
    doc.x = left;
    doc.y = y + h;
  };
  const header = cellsOf(t.columns.map((c) => c.title));
  const headerHeight = opts.header ? heightOf(header, true) : 0;
  const drawHeader = () => opts.header && drawRow(header, headerHeight, true, '#eef1f4', false);

  ensureSpace(pen, headerHeight + 30);
  pen.group('Table', () => {
    drawHeader();
    for (const row of t.rows) {
      const cells = cellsOf(row.cells);
      const h = heightOf(cells, false);
      if (h > pageSpace()) {
        // Too tall for any page: label each cell and let the text flow across pages.
        pen.group('TR', () =>
          cells.forEach((c, i) =>
            pen.tag('TD', () => {
              pen.font('bold', SIZE);
              doc.text(header[i] || '', left, doc.y, { width: pen.width });
              pen.font('regular', SIZE);
              if (row.restricted) doc.fillColor(RESTRICTED_INK);
              doc.text(c, { width: pen.width });
            }),
          ),
        );
        doc.moveDown(0.5);
        continue;
      }
      if (doc.y + h > pen.bottom) {
        doc.addPage();
        drawHeader();
      }
      drawRow(cells, h, false, null, Boolean(row.restricted));
    }
  });
  doc.moveDown(0.6);
}
