import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConferenceSummary, QuarantinedFile } from '../../../shared/model';
import { api } from '../../api/api';

export interface ListState {
  conferences: ConferenceSummary[];
  quarantined: QuarantinedFile[];
  loading: boolean;
  error: string | null;
}

/** The list, re-asked of main as the search text changes. Answers to older queries are ignored. */
export function useConferenceList(query: string) {
  const [state, setState] = useState<ListState>({ conferences: [], quarantined: [], loading: true, error: null });
  const latest = useRef(0);
  const load = useCallback(async () => {
    const ticket = ++latest.current;
    const r = await api().listConferences({ query: query.trim() || undefined });
    if (ticket !== latest.current) return;
    if (r.ok) setState({ ...r.value, loading: false, error: null });
    else setState((s) => ({ ...s, loading: false, error: r.error.message }));
  }, [query]);
  useEffect(() => {
    void load();
  }, [load]);
  return { ...state, reload: load };
}
