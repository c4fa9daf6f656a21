import type { Conference, Contribution, View } from '../../model';

// Named changes to what was said: the child's and the family's views, and each professional's
// update (see commands/people.ts for why they live here).

/** A new, empty view of the child or of the family. */
export function addView(c: Conference, id: string, whose: View['whose']): void {
  c.views.push({ id, whose, attributedName: '', text: '', restricted: false });
}

export function editView(c: Conference, id: string, change: Partial<Pick<View, 'attributedName' | 'childId' | 'method' | 'text' | 'restricted' | 'restrictedItemId'>>): void {
  const v = c.views.find((x) => x.id === id);
  if (v) Object.assign(v, change);
}

/**
 * Says who gave a view. Choosing someone on People writes their name as said; choosing "someone
 * not in the list" keeps the name already written, so the words stay attributed.
 */
export function attributeView(c: Conference, id: string, attendeeId: string | undefined): void {
  const v = c.views.find((x) => x.id === id);
  if (!v) return;
  const a = c.attendees.find((x) => x.id === attendeeId);
  v.attributedTo = a?.id;
  if (!a) delete v.attributedTo;
  if (a) v.attributedName = a.name;
}

export function removeView(c: Conference, id: string): void {
  c.views = c.views.filter((x) => x.id !== id);
}

/**
 * A professional's update, written as they speak. Their entry is made on the first word, so
 * "who has spoken" counts only those who said something; `newId` names it if it is made.
 */
export function editContribution(c: Conference, attendeeId: string, change: Partial<Pick<Contribution, 'worries' | 'workingWell' | 'newInformation' | 'restricted' | 'restrictedItemId'>>, newId: string): void {
  let x = c.contributions.find((y) => y.attendeeId === attendeeId);
  if (!x) {
    x = { id: newId, attendeeId, worries: '', workingWell: '', newInformation: '', restricted: false };
    c.contributions.push(x);
  }
  Object.assign(x, change);
}
