import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import type { FamilyScreen } from '../../../../shared/family/familyView';
import { createScreenFeed } from '../../../../renderer/family/screenFeed';

function fakeRoot() {
  const classes = new Set<string>();
  return {
    classes,
    classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name), on) },
  } as unknown as HTMLElement & { classes: Set<string> };
}

describe('the family page’s screen feed', () => {
  let push: (s: FamilyScreen) => void = () => {};
  const api = { onFamilyScreen: (l: (s: FamilyScreen) => void) => ((push = l), () => {}) };

  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('drops the curtain on the root element before anything else hears of the push', () => {
    const root = fakeRoot();
    const feed = createScreenFeed(api, root);
    let seenByListener: boolean | null = null;
    feed.subscribe(() => (seenByListener = root.classes.has('curtain-down')));
    push({ curtain: true });
    expect(root.classes.has('curtain-down')).toBe(true);
    expect(seenByListener).toBe(true);
    expect(feed.current()).toEqual({ curtain: true });
  });

  it('lifts the curtain when a view arrives, and marks each push for timing', () => {
    const root = fakeRoot();
    const feed = createScreenFeed(api, root);
    push({ curtain: true });
    push({ curtain: false, view: null });
    expect(root.classes.has('curtain-down')).toBe(false);
    expect(feed.current()).toEqual({ curtain: false, view: null });
    expect(performance.getEntriesByName('familyScreen:received').length).toBeGreaterThanOrEqual(2);
  });
});
