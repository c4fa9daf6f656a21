import { useEffect, useId, useState } from 'react';
import { formatDate, parseUkDate } from '../../shared/format';

/**
 * A date typed as dd/mm/yyyy (how people here write dates) and stored as yyyy-mm-dd. The text
 * is kept while it is being typed; the stored value changes only when it is a real date.
 */
export function DateField({
  label,
  value,
  onChange,
  required,
  hint,
}: {
  label: string;
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  required?: boolean;
  hint?: string;
}) {
  const id = useId();
  const [text, setText] = useState(formatDate(value));
  const [error, setError] = useState<string | null>(null);

  // Follow changes made elsewhere (another window, an undo) unless the user is mid-way through typing.
  useEffect(() => {
    if (parseUkDate(text) !== (value ?? null)) setText(formatDate(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  function commit(next: string) {
    setText(next);
    if (!next.trim()) {
      setError(required ? 'Enter a date.' : null);
      if (!required) onChange(undefined);
      return;
    }
    const iso = parseUkDate(next);
    if (iso) {
      setError(null);
      if (iso !== value) onChange(iso);
    } else {
      setError('Enter a real date as dd/mm/yyyy, for example 05/03/2026.');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="hint" id={`${id}-hint`}>{hint ?? 'dd/mm/yyyy'}</span>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => commit(e.target.value)}
        size={12}
      />
      {error && <span className="error" id={`${id}-error`}>{error}</span>}
    </div>
  );
}
