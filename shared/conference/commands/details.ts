import type { Child, Conference, Details } from '../../model';

// Named changes to Details: the particulars and the children (the family list is in people.ts,
// beside the people it links to; the conference kind in ../switchKind.ts). See commands/people.ts
// for why they live here.

/** One of the conference's particulars, as typed or chosen. */
export function setDetail<K extends keyof Details>(c: Conference, key: K, value: Details[K]): void {
  c.details[key] = value;
}

/** A new child, born, with no name or dates yet. */
export function addChild(c: Conference, id: string): void {
  c.children.push({ id, name: '', unborn: false });
}

export function editChild(c: Conference, id: string, change: Partial<Pick<Child, 'name' | 'unborn' | 'dateOfBirth' | 'expectedDate' | 'gender'>>): void {
  const child = c.children.find((x) => x.id === id);
  if (child) Object.assign(child, change);
}

/** Moves a child one place up (-1) or down (1); nothing moves past either end. */
export function moveChild(c: Conference, id: string, delta: -1 | 1): void {
  const i = c.children.findIndex((x) => x.id === id);
  const to = i + delta;
  if (i < 0 || to < 0 || to >= c.children.length) return;
  const [x] = c.children.splice(i, 1);
  c.children.splice(to, 0, x!);
}

export function removeChild(c: Conference, id: string): void {
  c.children = c.children.filter((x) => x.id !== id);
}
