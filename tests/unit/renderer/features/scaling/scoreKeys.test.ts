import { describe, it, expect } from 'vitest';
import { scoreForKey, TEN_WINDOW_MS } from '../../../../../renderer/features/scaling/scoreKeys';

const at = (key: string, t: number) => ({ key, at: t });

describe('scoreForKey', () => {
  it('scores a digit in an empty box, and replaces a good score with the next digit', () => {
    expect(scoreForKey('', at('7', 0), null)).toBe(7);
    expect(scoreForKey('7', at('3', 5000), at('7', 0))).toBe(3);
  });
  it('makes 10 from "1" then "0" inside the window, and 0 after it', () => {
    expect(scoreForKey('1', at('0', 100), at('1', 0))).toBe(10);
    expect(scoreForKey('1', at('0', TEN_WINDOW_MS + 1), at('1', 0))).toBe(0);
  });
  it('makes 10 from "t"', () => {
    expect(scoreForKey('', at('t', 0), null)).toBe(10);
    expect(scoreForKey('4', at('T', 0), null)).toBe(10);
  });
  it('lets other keys and digits after bad text type normally, so the message can say why', () => {
    expect(scoreForKey('4', at('.', 0), null)).toBeNull();
    expect(scoreForKey('4.', at('5', 10), at('.', 0))).toBeNull();
    expect(scoreForKey('-', at('1', 10), at('-', 0))).toBeNull();
    expect(scoreForKey('', at('Tab', 0), null)).toBeNull();
  });
});
