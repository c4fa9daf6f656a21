import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportFileName, safePart } from '../../../../shared/documents';
import { DEFAULT_SETTINGS, fileNamePatternProblem } from '../../../../shared/model';
import { richConference } from '../../../fixtures/richConference';

describe('export file names', () => {
  const c = richConference();
  it('follow the default pattern', () => {
    expect(exportFileName(DEFAULT_SETTINGS.fileNamePattern, c, 'minutes', 'family', 'pdf')).toBe('2026-11-23_ICPC_Nowak_minutes_family_v1.pdf');
  });
  it('fold accents and drop characters no file system accepts', () => {
    expect(safePart('Świątek/Żółć: "a" <b> | c? *')).toBe('Swiatek-Zolc-a-b-c');
    expect(safePart('Łukasz Straße Øre İpek')).toBe('Lukasz-Strasse-Ore-Ipek');
  });
  it('never end up empty for names in other scripts', () => {
    const arabic = { ...c, details: { ...c.details, familyName: 'حداد' } };
    expect(exportFileName('{family}', arabic, 'plan', 'full', 'pdf')).toBe('family.pdf');
  });
  it('avoid names Windows reserves, trailing dots and overlong names', () => {
    const con = { ...c, details: { ...c.details, familyName: 'CON' } };
    expect(exportFileName('{family}', con, 'plan', 'full', 'pdf')).toBe('_CON.pdf');
    expect(exportFileName('{family}...', c, 'plan', 'full', 'pdf')).toBe('Nowak.pdf');
    const long = { ...c, details: { ...c.details, familyName: 'x'.repeat(400) } };
    expect(exportFileName(DEFAULT_SETTINGS.fileNamePattern, long, 'plan', 'full', 'pdf').length).toBeLessThanOrEqual(150);
  });
  it('shorten a long family name rather than lose which document and audience a file is', () => {
    const long = { ...c, details: { ...c.details, familyName: 'Nowak-Świątek '.repeat(30) } };
    const names = (['minutes', 'plan'] as const).flatMap((d) => (['full', 'family'] as const).map((a) => exportFileName(DEFAULT_SETTINGS.fileNamePattern, long, d, a, 'pdf')));
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toMatch(/^2026-11-23_ICPC_Nowak-Swiatek-.*_minutes_full_v1\.pdf$/);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(150);
  });
  it('are distinct for the four documents and the package, safe and short, whatever the names and any pattern the settings accept', () => {
    const tokenOrText = fc.oneof(fc.constantFrom('{date}', '{kind}', '{family}', '{document}', '{audience}', '{version}'), fc.string({ maxLength: 12 }));
    const pattern = fc.array(tokenOrText, { maxLength: 10 }).map((parts) => parts.join('')).filter((p) => fileNamePatternProblem(p) === null);
    // Long Latin names as well as any script: only letters with a plain form make a name long.
    const familyName = fc.oneof(fc.string({ maxLength: 300, size: 'max' }), fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }));
    fc.assert(
      fc.property(pattern, familyName, (p, family) => {
        const conference = { ...c, details: { ...c.details, familyName: family } };
        const files = (['minutes', 'plan'] as const).flatMap((d) => (['full', 'family'] as const).map((a) => exportFileName(p, conference, d, a, 'pdf')));
        const names = [...files, exportFileName(p, conference, 'archive', 'all', 'zip')];
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(5); // macOS and Windows ignore case
        for (const name of names) {
          expect(name.length).toBeLessThanOrEqual(150);
          expect(name).toMatch(/^[\x21-\x7e]+$/);
          expect(name).not.toMatch(/[<>:"/\\|?*]/);
          expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the file name pattern setting', () => {
  it('accepts the default and patterns that tell the files apart', () => {
    expect(fileNamePatternProblem(DEFAULT_SETTINGS.fileNamePattern)).toBeNull();
    expect(fileNamePatternProblem('{family} {document} ({audience})')).toBeNull();
  });
  it('explains what is wrong with any other', () => {
    expect(fileNamePatternProblem('')).toMatch(/Enter a pattern/);
    expect(fileNamePatternProblem('{date}_{family}')).toMatch(/\{document\}.*\{audience\}/);
    expect(fileNamePatternProblem('{date}_{document}')).toMatch(/\{audience\}/);
    expect(fileNamePatternProblem('{document}_{audience}_{child}')).toMatch(/\{child\} is not one of/);
    expect(fileNamePatternProblem('{document}_{document}_{audience}')).toMatch(/once/);
    expect(fileNamePatternProblem(`{document}_{audience}_${'x'.repeat(80)}`)).toMatch(/80 characters/);
  });
});
