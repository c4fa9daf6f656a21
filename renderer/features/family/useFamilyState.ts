import { useCallback, useEffect, useState } from 'react';
import type { FamilyState } from '../../../shared/ipc';
import { api } from '../../api/api';

/**
 * The family screen's state as main knows it, kept current by the familyState push. Changes
 * are shown at once (optimistically) so the curtain button never waits on a round trip.
 */
export function useFamilyState() {
  const [state, setState] = useState<FamilyState>({ open: false, curtain: false });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .getFamilyState({})
      .then((r) => {
        if (live && r.ok) setState(r.value);
      });
    const off = api().on('familyState', (s) => setState(s));
    return () => {
      live = false;
      off();
    };
  }, []);

  const run = useCallback(async <T extends FamilyState>(call: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
    const r = await call();
    if (r.ok) {
      setState(r.value);
      setError(null);
      return r.value;
    }
    setError(r.error.message);
    return null;
  }, []);

  return { state, setState, error, run };
}
