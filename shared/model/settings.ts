import { z } from 'zod';
import { ShortText } from './primitives';
import { fileNamePatternProblem } from './fileNamePattern';

export const SETTINGS_VERSION = 1;

export const Settings = z.strictObject({
  schemaVersion: z.literal(SETTINGS_VERSION),
  localAuthority: ShortText,
  /** Working days before the meeting that agency reports are due. */
  reportDueDays: z.strictObject({
    initial: z.number().int().min(0).max(30),
    review: z.number().int().min(0).max(30),
  }),
  /** Quorum: children's social care plus this many other agencies. */
  quorumOtherAgencies: z.number().int().min(0).max(10),
  /** Quorum counts every health discipline as one agency (most local procedures); off counts each. */
  quorumHealthAsOneAgency: z.boolean(),
  /** Export file name pattern; its tokens and rules are in ./fileNamePattern.ts. */
  fileNamePattern: ShortText.superRefine((pattern, ctx) => {
    const problem = fileNamePatternProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** After the meeting, in working days: the outline plan out, the minutes out, and the window for corrections once the minutes are out. */
  circulation: z.strictObject({
    outlinePlanWorkingDays: z.number().int().min(0).max(30),
    minutesWorkingDays: z.number().int().min(1).max(60),
    correctionWorkingDays: z.number().int().min(0).max(60),
  }),
  /** The chair accepted that this computer cannot protect the data key strongly. */
  weakKeyProtectionAccepted: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_VERSION,
  localAuthority: 'London Borough of Lewisham',
  reportDueDays: { initial: 2, review: 5 },
  quorumOtherAgencies: 2,
  quorumHealthAsOneAgency: true,
  circulation: { outlinePlanWorkingDays: 1, minutesWorkingDays: 15, correctionWorkingDays: 10 },
  fileNamePattern: '{date}_{kind}_{family}_{document}_{audience}_v{version}',
  weakKeyProtectionAccepted: false,
};

/** What a user may change; the schema version is the app's business. */
export const SettingsPatch = Settings.omit({ schemaVersion: true }).partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
