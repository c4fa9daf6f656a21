import { describe, expect, it } from 'vitest';
import { exportFileName, safePart } from '../../../../shared/documents';
import { DEFAULT_SETTINGS } from '../../../../shared/model';
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
});
