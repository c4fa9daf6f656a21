/**
 * The "Remove" button on a card in a list (a child, a family member, an attendee, a view). Its
 * accessible name says what it removes, since every card has one.
 */
export function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <button type="button" className="danger" aria-label={`Remove ${name}`} onClick={onRemove}>
      Remove
    </button>
  );
}
