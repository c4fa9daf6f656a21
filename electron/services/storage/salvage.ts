import { z } from 'zod';
import { Conference, SCHEMA_VERSION, CONFERENCE_KINDS, newConference } from '../../../shared/model';

type Salvaged = { ok: true; value: unknown } | { ok: false };
const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Keeps what still fits the schema this app knows: unknown fields are dropped, list items that
 * no longer fit are left out, and a required field that cannot be read fails its parent.
 */
function salvage(schema: z.ZodType, value: unknown): Salvaged {
  const direct = schema.safeParse(value);
  if (direct.success) return { ok: true, value: direct.data };
  if (schema instanceof z.ZodOptional) {
    if (value === undefined) return { ok: true, value: undefined };
    const inner = salvage(schema.unwrap() as z.ZodType, value);
    return inner.ok ? inner : { ok: true, value: undefined };
  }
  if (schema instanceof z.ZodObject && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const got = salvage(field, Object.hasOwn(value, key) ? value[key] : undefined);
      if (!got.ok) return { ok: false };
      if (got.value !== undefined) out[key] = got.value;
    }
    const checked = schema.safeParse(out);
    return checked.success ? { ok: true, value: checked.data } : { ok: false };
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const got = salvage(schema.element as z.ZodType, item);
      if (got.ok) items.push(got.value);
    }
    const checked = schema.safeParse(items);
    return checked.success ? { ok: true, value: checked.data } : { ok: false };
  }
  return { ok: false };
}

/**
 * A record written by a newer Chairside: show as much as this version understands, read-only.
 * Each top-level part falls back to an empty one when it cannot be read.
 */
export function salvageNewerConference(raw: Record<string, unknown>, id: string): Conference {
  const blankDetails = { kind: CONFERENCE_KINDS[0], date: '1970-01-01' };
  const blank = newConference(blankDetails, new Date(0));
  const out: Record<string, unknown> = { ...blank, id };
  for (const [key, field] of Object.entries(Conference.shape as Record<string, z.ZodType>)) {
    if (key === 'schemaVersion' || key === 'id') continue;
    const got = salvage(field, raw[key]);
    if (got.ok && got.value !== undefined) out[key] = got.value;
  }
  out.schemaVersion = SCHEMA_VERSION;
  return Conference.parse(out);
}
