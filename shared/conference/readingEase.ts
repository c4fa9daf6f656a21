/**
 * Flesch reading ease for text the family reads. 206.835 − 1.015 × (words per sentence)
 * − 84.6 × (syllables per word). Higher is easier: 60–70 is plain English, below 50 is hard going.
 * Syllables are estimated from vowel groups, which is how every practical implementation does it;
 * the estimate is good enough to tell a plain sentence from a dense one.
 */

export interface ReadingEase {
  score: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** Below this the text is flagged as hard for a family to read. */
export const PLAIN_ENOUGH = 60;
/** Sentences longer than this are flagged whatever the score. */
export const LONG_SENTENCE_WORDS = 25;

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences end at . ! ? or a line break; abbreviations like "e.g." split early, which only makes the score kinder. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/['’]/g, '');
  if (/^\d/.test(w)) return Math.max(1, w.replace(/\D/g, '').length > 2 ? 2 : 1);
  if (w.length <= 3) return 1;
  // Silent endings ("makes", "used", "made") drop; "-le" keeps its vowel ("table", "little").
  const stem = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = stem.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 0);
}

export function readingEase(text: string): ReadingEase {
  const ws = words(text);
  const ss = Math.max(1, sentences(text).length);
  const syl = ws.reduce((t, w) => t + countSyllables(w), 0);
  if (ws.length === 0) return { score: 100, words: 0, sentences: 0, syllables: 0 };
  const score = 206.835 - 1.015 * (ws.length / ss) - 84.6 * (syl / ws.length);
  return { score: Math.round(score * 10) / 10, words: ws.length, sentences: ss, syllables: syl };
}

export interface ReadingIssue {
  kind: 'hard' | 'long-sentence';
  message: string;
}

/** What to show beside a piece of family-facing text. Very short texts are not scored: a few words say little. */
export function readingIssues(text: string): ReadingIssue[] {
  const issues: ReadingIssue[] = [];
  const ws = words(text);
  if (ws.length >= 8) {
    const r = readingEase(text);
    if (r.score < PLAIN_ENOUGH) {
      issues.push({
        kind: 'hard',
        message: `Hard to read (reading ease ${Math.round(r.score)}; aim for ${PLAIN_ENOUGH} or more): use shorter words and sentences.`,
      });
    }
  }
  for (const s of sentences(text)) {
    const n = words(s).length;
    if (n > LONG_SENTENCE_WORDS) {
      issues.push({ kind: 'long-sentence', message: `A sentence has ${n} words: split it so it is ${LONG_SENTENCE_WORDS} or fewer.` });
    }
  }
  return issues;
}
