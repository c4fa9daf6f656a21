import { plainWordsIssues } from '../../../shared/conference/planChecks';

/** Issues with family-facing text, shown beside it: jargon (with a plainer word) and hard reading. */
export function PlainWords({ text, id }: { text: string; id?: string }) {
  const issues = text.trim() ? plainWordsIssues(text) : [];
  if (issues.length === 0) return null;
  return (
    <ul className="plan-plain" id={id} aria-label="Plain words">
      {issues.map((i, n) => (
        <li key={n} className={`plan-plain-${i.kind}`}>
          {i.message}
        </li>
      ))}
    </ul>
  );
}
