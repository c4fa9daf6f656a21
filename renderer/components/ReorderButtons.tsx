/** Move up / Move down for one item of an ordered list, named for the item so each button is unique. */
export function ReorderButtons({ index, count, name, onMove }: { index: number; count: number; name: string; onMove: (delta: -1 | 1) => void }) {
  return (
    <>
      <button type="button" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move ${name} up`}>
        Move up
      </button>
      <button type="button" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move ${name} down`}>
        Move down
      </button>
    </>
  );
}
