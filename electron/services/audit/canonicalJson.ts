/**
 * One spelling of a JSON value, so its hash is the same wherever it is computed: object keys in
 * code-unit order, no spaces, undefined members left out (as JSON.stringify does), numbers as
 * JSON writes them. Used for the audit chain and the manifest's signature.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Canonical JSON has no spelling for NaN or infinity.');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  throw new TypeError(`Canonical JSON has no spelling for a ${typeof value}.`);
}
