/** The mark on anything the family must not hear; shown wherever the chair sees the item. */
export function RestrictedMark(props: { why?: string }) {
  return (
    <span className="cs-restricted-badge" title={props.why ? `Restricted: ${props.why}` : 'Restricted: the family must not hear this'}>
      Restricted
    </span>
  );
}
