import { useEffect, useId, useState } from 'react';
import { formatDate, parseUkDate } from '../../shared/format';

/**
 * The one date field: typed as dd/mm/yyyy (how people here write dates), stored as yyyy-mm-dd.
 * The text is kept while it is being typed and the stored value changes as soon as it is a real
 * date, so nothing typed is lost to a save; a date that is not real is said when the field is
 * left (or on Enter), not on every key.
 */
export function DateField({
  label,
  value,
  onChange,
  required,
  hint,
  describedBy,
  invalid,
}: {
  label: string;
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  required?: boolean;
  hint?: string;
  /** Another element that explains this date (e.g. the rule that limits it). */
  describedBy?: string;
  /** Marked wrong from outside (e.g. later than the limit), whatever was typed. */
  invalid?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(formatDate(value));
  const [error, setError] = useState<string | null>(null);

  // Follow changes made elsewhere (another window, an undo) unless the user is mid-way through typing.
  useEffect(() => {
    if (parseUkDate(text) !== (value ?? null)) setText(formatDate(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  function typed(next: string) {
    setText(next);
    if (!next.trim()) {
      if (!required && value !== undefined) onChange(undefined);
      return;
    }
    const iso = parseUkDate(next);
    if (iso) {
      setError(null);
      if (iso !== value) onChange(iso);
    }
  }

  function check() {
    if (!text.trim()) return setError(required ? 'Enter a date.' : null);
    const iso = parseUkDate(text);
    if (!iso) return setError('Enter a real date as dd/mm/yyyy, for example 05/03/2026.');
    setError(null);
    setText(formatDate(iso));
  }

  const described = [`${id}-hint`, describedBy, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="hint" id={`${id}-hint`}>{hint ?? 'dd/mm/yyyy'}</span>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={described}
        onChange={(e) => typed(e.target.value)}
        onBlur={check}
        onKeyDown={(e) => {
          if (e.key === 'Enter') check();
        }}
        size={12}
      />
      {error && <span className="error" id={`${id}-error`}>{error}</span>}
    </div>
  );
}
