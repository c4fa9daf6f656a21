import { checkScore } from '../../../shared/conference/scaling';

/** How long after a "1" a "0" still makes 10. Long enough to be deliberate, short enough not to surprise. */
export const TEN_WINDOW_MS = 900;

export interface KeyPress {
  key: string;
  at: number;
}

/**
 * What a key pressed in a score box does: set a score, or let the box type normally (so bad text
 * can be shown with a message), or nothing special. Digits replace a good score, so re-scoring
 * is one key; "1" then "0" within the window, or "t", gives 10.
 */
export function scoreForKey(current: string, press: KeyPress, previous: KeyPress | null): number | null {
  if (press.key === 't' || press.key === 'T') return 10;
  if (!/^[0-9]$/.test(press.key)) return null;
  if (press.key === '0' && previous?.key === '1' && press.at - previous.at < TEN_WINDOW_MS && current === '1') return 10;
  if (current === '' || checkScore(current).ok) return Number(press.key);
  return null;
}
