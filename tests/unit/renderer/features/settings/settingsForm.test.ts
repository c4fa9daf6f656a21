import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings } from '../../../../../shared/model';
import { formFrom, readForm } from '../../../../../renderer/features/settings/settingsForm';

describe('the settings form', () => {
  const form = formFrom(DEFAULT_SETTINGS);

  it('gives back what main accepts, trimmed', () => {
    const { patch, errors } = readForm({ ...form, localAuthority: '  Royal Borough of Kingston upon Thames ', reportDueInitial: ' 3 ', fileNamePattern: ' {family}_{document}_{audience} ' });
    expect(errors).toEqual({});
    expect(patch).toEqual({ localAuthority: 'Royal Borough of Kingston upon Thames', reportDueDays: { initial: 3, review: 5 }, quorumOtherAgencies: 2, quorumHealthAsOneAgency: true, circulation: { outlinePlanWorkingDays: 1, minutesWorkingDays: 15, correctionWorkingDays: 10 }, fileNamePattern: '{family}_{document}_{audience}' });
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, ...patch }).success).toBe(true);
  });

  it('names each field that main would refuse, and gives nothing to save', () => {
    for (const bad of ['', '-1', '1.5', '31', 'three', '2e1']) {
      const { patch, errors } = readForm({ ...form, reportDueReview: bad });
      expect(patch).toBeNull();
      expect(errors.reportDueReview).toBe('Enter the working days as a whole number from 0 to 30.');
    }
    const { errors } = readForm({ ...form, localAuthority: ' ', quorumOtherAgencies: '11', fileNamePattern: '{family}' });
    expect(Object.keys(errors).sort()).toEqual(['fileNamePattern', 'localAuthority', 'quorumOtherAgencies']);
  });

  it('main refuses a pattern that would give the files of one export the same name', () => {
    const r = Settings.safeParse({ ...DEFAULT_SETTINGS, fileNamePattern: '{date}_{family}' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Include \{document\} and \{audience\}/);
  });
});
