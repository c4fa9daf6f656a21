import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { FILE_NAME_TOKENS, FILE_NAME_TOKEN_MEANINGS, SHORT_TEXT_MAX, fileNamePatternProblem, newConference } from '../../../shared/model';
import { archiveFolderName, exportFileName } from '../../../shared/documents';
import { api } from '../../api/api';
import { CheckField, TextField } from '../../components/Field';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../../components/Toasts';
import { formFrom, readForm, type SettingsErrors, type SettingsForm, type SettingsTextField } from './settingsForm';
import './settings.css';

// The preview names the files of a made-up conference, so no real family's name is shown here.
const SAMPLE = { ...newConference({ kind: 'initial', date: '2026-11-23', familyName: 'Nowak-Świątek' }), documentVersion: 2, planVersion: 2 };
const PREVIEW = [
  ['minutes', 'full'],
  ['minutes', 'family'],
  ['plan', 'full'],
  ['plan', 'family'],
] as const;

/** This computer's settings: the local authority, report deadlines, quorum and export file names. */
export function SettingsPage({ onClose, backLabel = 'Back to conferences' }: { onClose: () => void; backLabel?: string }) {
  const [saved, setSaved] = useState<SettingsForm | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const toast = useToasts((s) => s.show);

  useEffect(() => {
    void api()
      .getSettings({})
      .then((r) => {
        if (!r.ok) return setLoadError(r.error.message);
        setSaved(formFrom(r.value));
        setForm(formFrom(r.value));
      });
  }, []);

  const dirty = form !== null && saved !== null && JSON.stringify(form) !== JSON.stringify(saved);
  const patternProblem = form ? fileNamePatternProblem(form.fileNamePattern) : null;
  const preview = useMemo(() => {
    if (!form || patternProblem) return [];
    return [...PREVIEW.map(([d, a]) => exportFileName(form.fileNamePattern, SAMPLE, d, a, 'pdf')), `${archiveFolderName(form.fileNamePattern, SAMPLE)} (archive package)`];
  }, [form, patternProblem]);

  const set = (key: SettingsTextField) => (e: { target: { value: string } }) => {
    setForm((f) => (f ? { ...f, [key]: e.target.value } : f));
    setErrors((old) => ({ ...old, [key]: undefined }));
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    const { patch, errors: found } = readForm(form);
    setErrors(found);
    setSaveError(null);
    if (!patch) {
      // Take the keyboard to the first field to mend, once its message is on the page.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.settings-page [aria-invalid="true"]')?.focus());
      return;
    }
    const r = await api().updateSettings(patch);
    if (!r.ok) return setSaveError(r.error.message);
    setSaved(formFrom(r.value));
    setForm(formFrom(r.value));
    toast('Settings saved. New conferences and exports use them from now on.');
  }

  const leave = () => (dirty ? setConfirmLeave(true) : onClose());

  return (
    <main className="page settings-page">
      <div className="settings-head">
        <h1>Settings</h1>
        <button type="button" onClick={leave}>
          {backLabel}
        </button>
      </div>
      <p className="muted">These apply to this computer. A conference already started keeps its own local authority (change it in the conference’s Details).</p>
      {loadError && (
        <p className="banner error" role="alert">
          The settings could not be read: {loadError}
        </p>
      )}
      {form && (
        <form onSubmit={save} noValidate>
          <fieldset>
            <legend>Local authority</legend>
            <TextField label="Local authority name" hint="Filled in for each new conference and shown at the head of every exported page." value={form.localAuthority} onChange={set('localAuthority')} maxLength={SHORT_TEXT_MAX} error={errors.localAuthority} />
          </fieldset>
          <fieldset>
            <legend>Agency reports and quorum</legend>
            <div className="settings-numbers">
              <TextField label="Reports due before an initial conference (working days)" inputMode="numeric" value={form.reportDueInitial} onChange={set('reportDueInitial')} error={errors.reportDueInitial} />
              <TextField label="Reports due before a review conference (working days)" inputMode="numeric" value={form.reportDueReview} onChange={set('reportDueReview')} error={errors.reportDueReview} />
              <TextField label="Agencies needed for quorum besides children’s social care" inputMode="numeric" value={form.quorumOtherAgencies} onChange={set('quorumOtherAgencies')} error={errors.quorumOtherAgencies} />
            </div>
            <CheckField
              label="Count health visiting, school nursing, GPs, midwifery, hospitals and CAMHS as one agency for quorum"
              checked={form.quorumHealthAsOneAgency}
              onChange={(e) => setForm((f) => (f ? { ...f, quorumHealthAsOneAgency: e.target.checked } : f))}
            />
          </fieldset>
          <fieldset>
            <legend>After the meeting (working days)</legend>
            <div className="settings-numbers">
              <TextField label="Outline plan out within (working days of the meeting)" inputMode="numeric" value={form.outlinePlanDays} onChange={set('outlinePlanDays')} error={errors.outlinePlanDays} />
              <TextField label="Minutes out within (working days of the meeting)" inputMode="numeric" value={form.minutesDays} onChange={set('minutesDays')} error={errors.minutesDays} />
              <TextField label="Corrections accepted for (working days after the minutes go out)" inputMode="numeric" value={form.correctionDays} onChange={set('correctionDays')} error={errors.correctionDays} />
            </div>
          </fieldset>
          <fieldset>
            <legend>Exported file names</legend>
            <TextField
              label="File name pattern"
              className="mono"
              spellCheck={false}
              value={form.fileNamePattern}
              onChange={set('fileNamePattern')}
              error={errors.fileNamePattern ?? patternProblem}
              hint={
                <>
                  Words in braces are replaced and the rest is kept, with spaces as hyphens. Letters with accents become plain letters, and
                  characters that Windows, macOS or Linux do not allow are left out.
                </>
              }
            />
            <p className="tokens-intro">Words you can use:</p>
            <dl className="tokens">
              {FILE_NAME_TOKENS.map((t) => (
                <div key={t}>
                  <dt className="mono">{t}</dt>
                  <dd>{FILE_NAME_TOKEN_MEANINGS[t]}</dd>
                </div>
              ))}
            </dl>
            {preview.length > 0 && (
              <section aria-labelledby="preview-h" className="preview">
                <h2 id="preview-h">For a conference on 23/11/2026 for the Nowak-Świątek family, version 2</h2>
                <ul>
                  {preview.map((name) => (
                    <li key={name} className="mono">
                      {name}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </fieldset>
          {saveError && (
            <p className="banner error" role="alert">
              Not saved: {saveError}
            </p>
          )}
          <div className="settings-actions">
            <button type="submit" className="primary">
              Save settings
            </button>
            {dirty && <span className="muted">Unsaved changes</span>}
          </div>
        </form>
      )}
      <ConfirmDialog
        open={confirmLeave}
        title="Leave without saving?"
        confirmLabel="Leave without saving"
        cancelLabel="Stay"
        onConfirm={() => {
          setConfirmLeave(false);
          onClose();
        }}
        onCancel={() => setConfirmLeave(false)}
      >
        <p>Your changes to the settings have not been saved.</p>
      </ConfirmDialog>
    </main>
  );
}
