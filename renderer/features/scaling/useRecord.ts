import { useShallow } from 'zustand/react/shallow';
import type { Conference } from '../../../shared/model';
import { useConferenceStore } from '../../store/conferenceStore';

// Scaling has forty rows of two inputs per child: each part selects only what it shows, so a
// keystroke renders the row it was typed in, not every row, the plot and the tabs.

function open(c: Conference | null): Conference {
  if (!c) throw new Error('No conference is open.');
  return c;
}

/** One part of the open record; the component renders again only when that part is a different value. */
export function useRecord<T>(select: (c: Conference) => T): T {
  return useConferenceStore((s) => select(open(s.conference)));
}

/** A list (or flat object) made from the record, compared item by item, so a new array with the same items is no change. */
export function useRecordList<T extends readonly unknown[]>(select: (c: Conference) => T): T {
  return useConferenceStore(useShallow((s) => select(open(s.conference))));
}
