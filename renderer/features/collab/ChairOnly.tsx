import type { ReactNode } from 'react';
import { useIsMinuteTaker } from './useIsMinuteTaker';

/**
 * What stays with the chair while a minute-taker works on their own laptop (issue #17): shown
 * there to read, every control switched off, with a sentence saying why. Main refuses such
 * changes from the minute-taker's laptop anyway (shared/collab/roles.ts); this keeps the screen
 * from offering them.
 */
export function ChairOnly({ what, children, hide = false }: { what: string; children: ReactNode; hide?: boolean }) {
  const minuteTaker = useIsMinuteTaker();
  if (!minuteTaker) return <>{children}</>;
  return (
    <>
      <p className="note" role="note">
        {what} stay{what.endsWith('s') ? '' : 's'} with the chair: {hide ? 'they are done on the chair\u2019s laptop.' : 'you can read it here; changes are made on the chair\u2019s laptop.'}
      </p>
      {hide ? null : (
        <fieldset disabled className="chair-only">
          <legend className="visually-hidden">{what} (read only on the minute-taker&rsquo;s laptop)</legend>
          {children}
        </fieldset>
      )}
    </>
  );
}
