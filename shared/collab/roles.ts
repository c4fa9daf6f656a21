import type { Conference } from '../model';
import { isPlainObject, listKeys, type Json } from './mergeRecord';

/**
 * What only the chair may change while a minute-taker works on the same conference (issue #17):
 * the decision and its dissent, what the family screen shows and when, the meeting's own clock,
 * removing a step of the chair's agenda, lifting a restriction, and everything about issuing documents. The minute-taker's app offers none of these; the
 * chair's app also puts back any that arrive changed from the other side, so a modified or buggy
 * peer cannot release a step to the family or change a decision.
 */
export function keepChairOnly(chairs: Conference, merged: Conference): Conference {
  const out = clone(merged);
  out.status = chairs.status;
  out.decisions = clone(chairs.decisions);
  out.dissent = clone(chairs.dissent);
  out.documentVersion = chairs.documentVersion;
  out.minutesFinal = chairs.minutesFinal;
  out.planVersion = chairs.planVersion;
  out.corrections = clone(chairs.corrections);
  setOrDelete(out, 'circulation', chairs.circulation);
  out.plan.final = chairs.plan.final;
  setOrDelete(out.plan, 'finalOverrideReason', chairs.plan.finalOverrideReason);
  for (const field of ['currentStepId', 'startedAt', 'endedAt', 'quorumOverrideReason'] as const) setOrDelete(out.meeting, field, chairs.meeting[field]);
  out.meeting.exclusions = clone(chairs.meeting.exclusions);
  const chairSteps = new Map(chairs.meeting.agenda.map((s) => [s.id, s]));
  // A step the chair's agenda holds is removed only by the chair: its minutes (the chair's typing
  // among them) go with it. Put back where it stood, after the step it followed.
  const present = new Set(out.meeting.agenda.map((s) => s.id));
  chairs.meeting.agenda.forEach((step, index) => {
    if (present.has(step.id)) return;
    const previous = chairs.meeting.agenda.slice(0, index).reverse().find((p) => present.has(p.id));
    const at = previous ? out.meeting.agenda.findIndex((s) => s.id === previous.id) + 1 : 0;
    out.meeting.agenda.splice(at, 0, clone(step));
    present.add(step.id);
  });
  for (const step of out.meeting.agenda) {
    const theirs = chairSteps.get(step.id);
    // A step the minute-taker added shows nothing to the family until the chair says so.
    step.family = theirs ? clone(theirs.family) : { show: false, scores: 'hidden' };
  }
  keepRestrictions(chairs as unknown as Json, out as unknown as Json);
  return out;
}

/**
 * A restriction the chair's record holds is lifted only by the chair: a map card, a view, a
 * contribution or a plan action the chair's record marks restricted stays restricted, pointing
 * at the same entry of the register. The minute-taker may restrict more, never less. Lists are
 * matched by their items' keys, as the merge matches them.
 */
function keepRestrictions(chairs: Json, out: Json): void {
  if (Array.isArray(chairs) && Array.isArray(out)) {
    const keys = listKeys(chairs);
    const outKeys = listKeys(out);
    if (!keys || !outKeys) return;
    const byKey = new Map(keys.map((key, i) => [key, chairs[i]!]));
    outKeys.forEach((key, i) => {
      const theirs = byKey.get(key);
      if (theirs !== undefined) keepRestrictions(theirs, out[i]!);
    });
    return;
  }
  if (!isPlainObject(chairs) || !isPlainObject(out)) return;
  if (chairs.restricted === true && typeof out.restricted === 'boolean') {
    out.restricted = true;
    if (typeof chairs.restrictedItemId === 'string' && out.restrictedItemId === undefined) out.restrictedItemId = chairs.restrictedItemId;
  }
  for (const [key, value] of Object.entries(out)) if (value !== null && typeof value === 'object' && key in chairs) keepRestrictions(chairs[key]!, value);
}

/** Records are JSON; shared/ has no structuredClone (no DOM or Node types here). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function setOrDelete<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = clone(value);
}
