import type { Block } from '../../../shared/documents/model';
import { ensureSpace, type Pen } from './pen';

type DotPlot = Extract<Block, { type: 'dotPlot' }>;

/** The title above the dots, and the line, its numbers and the anchors below them. */
const BELOW_DOTS = 70;
const scoreCounts = (scores: number[]) => {
  const counts = new Map<number, number>();
  for (const s of scores) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
};
const dotsHeightOf = (counts: Map<number, number>) => Math.max(1, ...counts.values()) * 9;

/** The height of the whole plot, which is kept on one page. */
export const dotPlotHeight = (scores: number[]): number => dotsHeightOf(scoreCounts(scores)) + BELOW_DOTS;

/** The 0–10 line with a dot per score (stacked where scores are equal) and the anchors at the ends. */
export function drawDotPlot(pen: Pen, plot: DotPlot): void {
  const { doc } = pen;
  const counts = scoreCounts(plot.scores);
  const dotsHeight = dotsHeightOf(counts);
  ensureSpace(pen, dotsHeight + BELOW_DOTS);
  const left = doc.page.margins.left + 10;
  const width = pen.width - 20;
  pen.font('bold', 9);
  pen.tag('P', () => doc.text(pen.safe.clean(plot.title), doc.page.margins.left, doc.y, { width: pen.width }));
  const lineY = doc.y + dotsHeight + 8;
  // The drawing is one figure; a screen reader hears its alternative text, the scores in order.
  const alt = plot.scores.length ? `Dot plot of the scores from 0 to 10: ${[...plot.scores].sort((a, b) => a - b).join(', ')}.` : 'Dot plot with no scores.';
  pen.tag(
    'Figure',
    () => {
      doc.moveTo(left, lineY).lineTo(left + width, lineY).lineWidth(1).strokeColor('#4a5360').stroke();
      pen.font('regular', 8);
      for (let v = 0; v <= 10; v++) {
        const x = left + (width * v) / 10;
        doc.moveTo(x, lineY - 3).lineTo(x, lineY + 3).stroke();
        doc.fillColor('#1b1f24').text(String(v), x - 6, lineY + 5, { width: 12, align: 'center', lineBreak: false });
      }
      for (const [v, n] of counts) {
        const x = left + (width * v) / 10;
        for (let k = 0; k < n; k++) doc.circle(x, lineY - 6 - k * 9, 3.6).fill('#14548a');
      }
    },
    { alt },
  );
  const anchorsY = lineY + 18;
  pen.font('regular', 8);
  doc.fillColor('#4a5360');
  pen.tag('P', () => doc.text(pen.safe.clean(`0: ${plot.zero || 'not set'}`), left, anchorsY, { width: width / 2 - 8 }));
  const afterZero = doc.y;
  pen.tag('P', () => doc.text(pen.safe.clean(`10: ${plot.ten || 'not set'}`), left + width / 2 + 8, anchorsY, { width: width / 2 - 8, align: 'right' }));
  doc.x = doc.page.margins.left;
  doc.y = Math.max(afterZero, doc.y) + 8;
  doc.fillColor('#1b1f24');
}
