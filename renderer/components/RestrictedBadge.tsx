/** The one visible marker for restricted information on the chair's screens (text, not colour alone). */
export function RestrictedBadge({ title }: { title?: string }) {
  return (
    <span className="restricted-badge" title={title ?? 'Restricted: the family must not see or hear this'}>
      Restricted
    </span>
  );
}
