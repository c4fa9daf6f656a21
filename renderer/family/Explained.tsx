import type { FamilyItem } from '../../shared/family/familyView';

/** Jargon found in a piece of text, with its plain meaning, shown right beside it. */
export function Explained({ terms }: { terms: FamilyItem['explained'] }) {
  if (!terms.length) return null;
  return (
    <dl className="family-explained">
      {terms.map((t) => (
        <div key={t.term}>
          <dt>{t.term}</dt>
          <dd>{t.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ItemText({ item }: { item: FamilyItem }) {
  return (
    <>
      {item.label && <span className="family-label">{item.label}</span>}
      <span className="family-text">{item.text}</span>
      <Explained terms={item.explained} />
    </>
  );
}
