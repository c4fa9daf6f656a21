// pdfkit's line breaking, faster for plain text with the same breaks: one of the fast paths
// listed in pdfkitFastPaths.ts (kept apart as the largest), on each document's own objects, checked
// byte for byte against pdfkit's own code by pdfkitFastPaths.test.ts and plainLineBreaks.test.ts.
import { PlainLineBreaks } from './plainLineBreaks';

type WordCallback = (word: string, width: number, bk: { position: number; required: boolean }, last: { required: boolean } | null) => unknown;
/** The parts of pdfkit's LineWrapper the line breaking path uses. */
interface WrapperLike {
  lineWidth: number;
  continuedX: number;
  spaceLeft: number;
  wordWidth(word: string): number;
  eachWord(text: string, fn: WordCallback): void;
  on(event: string, listener: (...args: never[]) => unknown): unknown;
}
export type LineWrapperClass = (new (doc: unknown, options: object) => WrapperLike) & { prototype: WrapperLike };
interface WrappingDocument {
  _wrapper: WrapperLike | null;
  _initOptions(x?: unknown, y?: unknown, options?: unknown): { width?: number; rotation?: number; structParent?: unknown };
  _text(text: unknown, x: unknown, y: unknown, options: unknown, lineCallback: unknown): unknown;
}

const plainBreaksOf = new WeakMap<LineWrapperClass, PlainLineBreaks>();

/**
 * pdfkit's LineWrapper.eachWord with the break positions of plain text found by PlainLineBreaks
 * (plainLineBreaks.ts) instead of pdfkit's line breaker; any other text goes to pdfkit's own.
 * The rest is pdfkit's loop, with a word too wide for the line cut as pdfkit cuts it.
 */
function eachWordOfPlainText(own: WrapperLike['eachWord'], breaker: PlainLineBreaks): WrapperLike['eachWord'] {
  return function eachWord(this: WrapperLike, text, fn) {
    const breaks = breaker.breaks(text);
    if (!breaks) return own.call(this, text, fn);
    const widths = new Map<string, number>();
    let last: { position: number; required: boolean } | null = null;
    for (let b = 0; b < breaks.length; b++) {
      const bk = { position: breaks[b]!, required: false };
      let shouldContinue: unknown;
      let word = text.slice(last ? last.position : 0, bk.position);
      let w = widths.get(word);
      if (w === undefined) widths.set(word, (w = this.wordWidth(word)));
      if (w > this.lineWidth + this.continuedX) {
        // pdfkit's own cutting of a word wider than the line (long words are cut before layout,
        // longWords.ts, so this is rare).
        let lbk: { required: boolean } | null = last;
        const fbk = { position: 0, required: false };
        while (word.length) {
          let l: number;
          let mightGrow = false;
          if (w > this.spaceLeft) {
            l = Math.ceil(this.spaceLeft / (w / word.length));
            w = this.wordWidth(word.slice(0, l));
            mightGrow = w <= this.spaceLeft && l < word.length;
          } else {
            l = word.length;
          }
          let mustShrink = w > this.spaceLeft && l > 0;
          while (mustShrink || mightGrow) {
            if (mustShrink) {
              w = this.wordWidth(word.slice(0, --l));
              mustShrink = w > this.spaceLeft && l > 0;
            } else {
              w = this.wordWidth(word.slice(0, ++l));
              mustShrink = w > this.spaceLeft && l > 0;
              mightGrow = w <= this.spaceLeft && l < word.length;
            }
          }
          if (l === 0 && this.spaceLeft === this.lineWidth) l = 1;
          fbk.required = bk.required || l < word.length;
          shouldContinue = fn(word.slice(0, l), w, fbk, lbk);
          lbk = { required: false };
          word = word.slice(l);
          w = this.wordWidth(word);
          if (shouldContinue === false) break;
        }
      } else {
        shouldContinue = fn(word, w, bk, last);
      }
      if (shouldContinue === false) break;
      last = bk;
    }
  };
}

/**
 * Wrapped text gets a LineWrapper made here, as pdfkit's _text would make it (after the text's
 * options are read, with the same listeners), whose eachWord breaks plain text quickly; pdfkit's
 * _text then finds it waiting and uses it. A paragraph continued over several calls keeps it.
 */
export function fastLineBreaking(doc: WrappingDocument, LineWrapper: LineWrapperClass): void {
  const own = doc._text.bind(doc);
  const ownEachWord = LineWrapper.prototype.eachWord;
  let breaker = plainBreaksOf.get(LineWrapper);
  if (!breaker) {
    // pdfkit's own breaker answers for each pair of characters met (see plainLineBreaks.ts).
    const oracle = (sample: string) => {
      const positions: number[] = [];
      const probe = { wordWidth: () => 0, lineWidth: Infinity, continuedX: 0 } as unknown as WrapperLike;
      ownEachWord.call(probe, sample, (_word, _w, bk) => {
        positions.push(bk.position);
      });
      return positions;
    };
    plainBreaksOf.set(LineWrapper, (breaker = new PlainLineBreaks(oracle)));
  }
  const eachWord = eachWordOfPlainText(ownEachWord, breaker);
  doc._text = function text(content, x, y, options, lineCallback) {
    const o = this._initOptions(x, y, options);
    // As pdfkit's _text: a wrapper for wrapped text, unless a continued paragraph left one.
    // Text tagged through options (structParent) or rotated is left to pdfkit.
    if (o.width && !this._wrapper && !o.structParent && !o.rotation) {
      const wrapper = new LineWrapper(this, o);
      wrapper.on('line', lineCallback as never);
      wrapper.eachWord = eachWord;
      this._wrapper = wrapper;
    }
    return own(content, o, undefined, undefined, lineCallback);
  };
}
