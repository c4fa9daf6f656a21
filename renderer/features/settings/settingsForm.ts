import type { z } from 'zod';
import { fileNamePatternProblem, Settings, SHORT_TEXT_MAX, type SettingsPatch } from '../../../shared/model';

/** The settings page's fields as typed, before they are numbers. */
export interface SettingsForm {
  localAuthority: string;
  reportDueInitial: string;
  reportDueReview: string;
  quorumOtherAgencies: string;
  quorumHealthAsOneAgency: boolean;
  outlinePlanDays: string;
  minutesDays: string;
  correctionDays: string;
  fileNamePattern: string;
}
export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>;
/** The fields typed as text (the rest are ticks). */
export type SettingsTextField = Exclude<keyof SettingsForm, 'quorumHealthAsOneAgency'>;

export const formFrom = (s: Settings): SettingsForm => ({
  localAuthority: s.localAuthority,
  reportDueInitial: String(s.reportDueDays.initial),
  reportDueReview: String(s.reportDueDays.review),
  quorumOtherAgencies: String(s.quorumOtherAgencies),
  quorumHealthAsOneAgency: s.quorumHealthAsOneAgency,
  outlinePlanDays: String(s.circulation.outlinePlanWorkingDays),
  minutesDays: String(s.circulation.minutesWorkingDays),
  correctionDays: String(s.circulation.correctionWorkingDays),
  fileNamePattern: s.fileNamePattern,
});

// The limits are main's own (shared/model/settings.ts), read from its schema.
function wholeNumber(text: string, schema: z.ZodNumber, what: string): [number | null, string | undefined] {
  const [min, max] = [schema.minValue ?? 0, schema.maxValue ?? Number.MAX_SAFE_INTEGER];
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) return [null, `Enter ${what} as a whole number from ${min} to ${max}.`];
  return [n, undefined];
}
const due = Settings.shape.reportDueDays.shape;
const circulation = Settings.shape.circulation.shape;

/** The form checked as main will check it, with a message for each field that is wrong. */
export function readForm(f: SettingsForm): { patch: SettingsPatch | null; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  if (!f.localAuthority.trim()) errors.localAuthority = 'Enter the local authority’s name: it heads every exported page.';
  else if (f.localAuthority.length > SHORT_TEXT_MAX) errors.localAuthority = `Keep the name to ${SHORT_TEXT_MAX} characters or fewer.`;
  const [initial, initialError] = wholeNumber(f.reportDueInitial, due.initial, 'the working days');
  const [review, reviewError] = wholeNumber(f.reportDueReview, due.review, 'the working days');
  const [quorum, quorumError] = wholeNumber(f.quorumOtherAgencies, Settings.shape.quorumOtherAgencies, 'the number of agencies');
  errors.reportDueInitial = initialError;
  errors.reportDueReview = reviewError;
  errors.quorumOtherAgencies = quorumError;
  const [outlinePlan, outlinePlanError] = wholeNumber(f.outlinePlanDays, circulation.outlinePlanWorkingDays, 'the working days');
  const [minutes, minutesError] = wholeNumber(f.minutesDays, circulation.minutesWorkingDays, 'the working days');
  const [corrections, correctionsError] = wholeNumber(f.correctionDays, circulation.correctionWorkingDays, 'the working days');
  errors.outlinePlanDays = outlinePlanError;
  errors.minutesDays = minutesError;
  errors.correctionDays = correctionsError;
  errors.fileNamePattern = fileNamePatternProblem(f.fileNamePattern) ?? undefined;
  for (const k of Object.keys(errors) as (keyof SettingsForm)[]) if (!errors[k]) delete errors[k];
  if (Object.keys(errors).length || initial === null || review === null || quorum === null || outlinePlan === null || minutes === null || corrections === null) return { patch: null, errors };
  return {
    patch: { localAuthority: f.localAuthority.trim(), reportDueDays: { initial, review }, quorumOtherAgencies: quorum, quorumHealthAsOneAgency: f.quorumHealthAsOneAgency,
      circulation: { outlinePlanWorkingDays: outlinePlan, minutesWorkingDays: minutes, correctionWorkingDays: corrections },
      fileNamePattern: f.fileNamePattern.trim(),
    },
    errors,
  };
}
