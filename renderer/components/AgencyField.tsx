import { useState } from 'react';
import { AGENCIES, AGENCY_LABELS } from '../../shared/model';
import { isKnownAgency } from '../../shared/format';
import { SelectField, TextField } from './Field';

const OTHER = '__other__';

/** An agency from the usual list, or one typed in when it is not there. */
export function AgencyField({ label, value, onChange }: { label: string; value: string; onChange: (agency: string) => void }) {
  // "Other" stays chosen while its name is still empty, without storing a placeholder.
  const [other, setOther] = useState(value !== '' && !isKnownAgency(value));
  return (
    <>
      <SelectField
        label={label}
        value={other ? OTHER : value}
        onChange={(e) => {
          const next = e.target.value;
          setOther(next === OTHER);
          onChange(next === OTHER ? '' : next);
        }}
      >
        <option value="">None (family or independent)</option>
        {AGENCIES.map((g) => (
          <option key={g} value={g}>{AGENCY_LABELS[g]}</option>
        ))}
        <option value={OTHER}>Other agency…</option>
      </SelectField>
      {other && <TextField label={`${label}: name of the other agency`} value={value} maxLength={200} onChange={(e) => onChange(e.target.value)} />}
    </>
  );
}
