import { describe, it, expect } from 'vitest';
import { findJargon, JARGON } from '../../../../shared/family/jargon';

const terms = (text: string) => findJargon(text).map((h) => h.term);

describe('findJargon', () => {
  it('finds terms case-insensitively', () => {
    expect(terms('The icpc was held; the Gp attended.')).toEqual(['ICPC', 'GP']);
  });

  it('matches whole words only', () => {
    expect(terms('GPS tracker, MASHED potato, cinema, dslr camera')).toEqual([]);
    expect(terms("the GP's letter (GP) and GP.")).toEqual(['GP']);
  });

  it('lists each term once, in order of first appearance', () => {
    expect(terms('CAMHS and the GP, then CAMHS again')).toEqual(['CAMHS', 'GP']);
  });

  it('recognises variants and spacing', () => {
    expect(terms('a s47 enquiry')).toEqual(['section 47']);
    expect(terms('under section   47')).toEqual(['section 47']);
    expect(terms('a Child Protection Plan')).toEqual(['CP plan']);
    expect(terms('a multi-agency meeting')).toEqual(['multi-agency']);
  });

  it('prefers the longer of overlapping terms', () => {
    expect(terms('at the next core group meeting')).toEqual(['CGM']);
    expect(terms('the core group will meet')).toEqual(['core group']);
  });

  it('gives a meaning and a plain alternative for every hit', () => {
    const hits = findJargon('LADO, DSL, strategy discussion, danger statement, safety goal, existing safety, complicating factors, contingency plan');
    expect(hits.map((h) => h.term)).toEqual([
      'LADO', 'DSL', 'strategy discussion', 'danger statement', 'safety goal', 'existing safety', 'complicating factors', 'contingency plan',
    ]);
    for (const h of hits) {
      expect(h.meaning.length).toBeGreaterThan(10);
      expect(h.plain.length).toBeGreaterThan(2);
    }
  });

  it('returns nothing for plain text or empty text', () => {
    expect(findJargon('')).toEqual([]);
    expect(findJargon('Mum will take Sam to school every day.')).toEqual([]);
  });

  it('has no plain alternative that is itself jargon', () => {
    for (const entry of JARGON) expect(terms(entry.plain), entry.term).toEqual([]);
  });
});
