import { describe, it, expect } from 'vitest';
import { countSyllables, readingEase, readingIssues, sentences, words } from '../../../../shared/conference/readingEase';

describe('countSyllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['made', 1],
    ['makes', 1],
    ['used', 1],
    ['table', 2],
    ['little', 2],
    ['water', 2],
    ['family', 3],
    ['happy', 2],
    ['understand', 3],
    ['responsibility', 6],
    ['investigation', 5],
    ["don't", 1],
  ])('%s has %i', (w, n) => {
    expect(countSyllables(w)).toBe(n);
  });
});

describe('readingEase', () => {
  it('scores a very simple sentence above 100 by the formula', () => {
    // 6 words, 1 sentence, 6 syllables: 206.835 − 1.015×6 − 84.6×1 = 116.145
    const r = readingEase('The cat sat on the mat.');
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(r.score).toBeCloseTo(116.1, 1);
  });
  it('computes the formula on several sentences', () => {
    const text = 'Mum will take Jay to school every day. The school will ring Sam if Jay is late.';
    const r = readingEase(text);
    expect(r.words).toBe(17);
    expect(r.sentences).toBe(2);
    const expected = 206.835 - 1.015 * (r.words / r.sentences) - 84.6 * (r.syllables / r.words);
    expect(r.score).toBeCloseTo(expected, 1);
    expect(r.score).toBeGreaterThan(80);
  });
  it('scores professional jargon as hard', () => {
    const r = readingEase(
      'The multi-agency safeguarding arrangements necessitate comprehensive assessment of parental capacity regarding the identified vulnerabilities.',
    );
    expect(r.score).toBeLessThan(20);
  });
  it('treats empty text as easy, not as an error', () => {
    expect(readingEase('').score).toBe(100);
  });
});

describe('words and sentences', () => {
  it('splits on sentence ends and line breaks', () => {
    expect(sentences('One. Two!  Three?\nFour')).toEqual(['One.', 'Two!', 'Three?', 'Four']);
    expect(words("Jay's mum won't drink, 2 times.")).toEqual(["Jay's", 'mum', "won't", 'drink', '2', 'times']);
  });
});

describe('readingIssues', () => {
  it('flags hard text and long sentences, and leaves plain text alone', () => {
    expect(readingIssues('Mum will take Jay to school every day and pick him up at three.')).toEqual([]);
    const hard = readingIssues(
      'Professionals remain concerned regarding the cumulative impact of parental substance misuse on the emotional development of the children.',
    );
    expect(hard.map((i) => i.kind)).toContain('hard');
    const long = readingIssues(
      'Mum and dad will make sure that when they go out in the evening there is always a grown up in the house who is sober and who the children know well and like.',
    );
    expect(long.map((i) => i.kind)).toContain('long-sentence');
  });
  it('does not score a few words', () => {
    expect(readingIssues('Comprehensive multidisciplinary reassessment.')).toEqual([]);
  });
});
