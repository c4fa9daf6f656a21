import { describe, expect, it } from 'vitest';
import { LaunchCodes } from '../../../../electron/host/launchCodes';

describe('one-time launch codes', () => {
  it('each code opens once, within its lifetime', () => {
    let now = 1_000;
    const codes = new LaunchCodes(60_000, () => now);
    const a = codes.issue();
    const b = codes.issue();
    expect(a).not.toBe(b);
    expect(codes.redeem(a)).toBe(true);
    expect(codes.redeem(a)).toBe(false);
    now += 60_001;
    expect(codes.redeem(b)).toBe(false); // expired, and spent by the try
    expect(codes.redeem(undefined)).toBe(false);
    expect(codes.redeem('')).toBe(false);
  });
});
