import { randomInt } from 'node:crypto';

/**
 * Six digits, shown as two groups of three ("482 177") so they are easy to read aloud and type.
 * Six digits are enough only because of the PAKE: each guess costs one online attempt, and the
 * listener stops after a few (one in 200,000 for the default five).
 */
export function newPairingCode(): string {
  const digits = randomInt(0, 1_000_000).toString().padStart(6, '0');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}

/** The six digits of a code as typed (spaces and hyphens allowed), or undefined if it is not one. */
export function normalisePairingCode(typed: string): string | undefined {
  const digits = typed.replace(/[\s\u00a0-]/g, '');
  return /^[0-9]{6}$/.test(digits) ? digits : undefined;
}
