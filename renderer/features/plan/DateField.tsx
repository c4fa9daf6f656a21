import { useEffect, useId, useState } from 'react';
import { formatDate, parseUkDate } from '../../../shared/format';

/** A date typed as dd/mm/yyyy, stored as yyyy-mm-dd. Checked when the field is left, not on each key. */
export function DateField(props: { label: string; value: string | undefined; onChange(iso: string | undefined): void; describedBy?: string; invalid?: boolean }) {
  const id = useId();
  const [text, setText] = useState(formatDate(props.value));
  const [error, setError] = useState('');
  useEffect(() => setText(formatDate(props.value)), [props.value]);

  function commit() {
    if (!text.trim()) {
      setError('');
      if (props.value) props.onChange(undefined);
      return;
    }
    const iso = parseUkDate(text);
    if (!iso) {
      setError('Use a real date in the form dd/mm/yyyy.');
      return;
    }
    setError('');
    setText(formatDate(iso));
    if (iso !== props.value) props.onChange(iso);
  }

  const describedBy = [props.describedBy, error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <span className="plan-field plan-date">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={text}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        size={11}
        aria-invalid={Boolean(error) || props.invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error && (
        <span id={`${id}-err`} className="plan-error">
          {error}
        </span>
      )}
    </span>
  );
}
