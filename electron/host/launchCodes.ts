import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * One-time codes for opening the chair's page. The address the host prints (and a browser keeps
 * in its history, its session files and the process list) carries a code, never the chair's
 * secret: the page trades the code for the secret once, over POST, and a code used or older than
 * its lifetime is refused. Someone who later finds the address in the browser's history, such as
 * a family member at a window opened from the chair's, gets nothing from it.
 */
export class LaunchCodes {
  private readonly live = new Map<string, number>();

  constructor(private readonly lifetimeMs = 10 * 60_000, private readonly now = () => Date.now()) {}

  issue(): string {
    const code = randomBytes(24).toString('base64url');
    this.live.set(code, this.now() + this.lifetimeMs);
    return code;
  }

  /** True once for a live code; it is spent whatever the answer. */
  redeem(given: string | undefined): boolean {
    if (!given) return false;
    const a = Buffer.from(given);
    let match: string | undefined;
    for (const code of this.live.keys()) {
      const b = Buffer.from(code);
      if (a.length === b.length && timingSafeEqual(a, b)) match = code;
    }
    if (!match) return false;
    const expires = this.live.get(match)!;
    this.live.delete(match);
    return this.now() <= expires;
  }
}
