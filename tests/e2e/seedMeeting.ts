import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Conference, ConferenceKind } from '../../shared/model';
import { expect, type ChairsideApp } from './fixtures';

// Puts a conference with people, children and attendance into a running host through its own
// API (the same calls the app makes), so the meeting screens can be tested without re-driving
// the people and attendance screens that have their own tests.

/** One call of the contract through the running host, exactly as the app makes it. */
export async function call<T>(app: ChairsideApp, channel: string, input: unknown): Promise<T> {
  const url = new URL(app.url);
  const secret = app.chairSecret;
  const res = await fetch(`${url.origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-chairside-secret': secret },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

export const EIGHT = [
  { name: 'Sam Carter', role: 'Social worker', agency: 'childrens-social-care', kind: 'professional' },
  { name: 'Priya Shah', role: 'Health visitor', agency: 'health-visiting', kind: 'professional' },
  { name: 'DC Tom Reid', role: 'Detective constable', agency: 'police', kind: 'professional' },
  { name: 'Ms Green', role: 'Head teacher', agency: 'education', kind: 'professional' },
  { name: 'Dr Okafor', role: 'GP', agency: 'gp', kind: 'professional' },
  { name: 'Jo Frost', role: 'Housing officer', agency: 'housing', kind: 'professional' },
  { name: 'Kelly Moss', role: 'Mother', agency: '', kind: 'parent-carer' },
  { name: 'Dean Moss', role: 'Father', agency: '', kind: 'parent-carer' },
] as const;

export async function seedMeeting(app: ChairsideApp, kind: ConferenceKind, familyName = 'Moss'): Promise<Conference> {
  const created = await call<Conference>(app, 'chairside:conference.create', { details: { kind, date: '2026-11-23', familyName, chair: 'Alex Chair' } });
  const c = structuredClone(created);
  c.children = [
    { id: 'childamy', name: 'Amy Moss', unborn: false, dateOfBirth: '2019-04-02' },
    { id: 'childben', name: 'Ben Moss', unborn: false, dateOfBirth: '2021-09-15' },
  ];
  c.attendees = EIGHT.map((a, i) => ({ id: `att${i}`, ...a, attendance: 'present', remote: false }));
  c.restricted = [{ id: 'restr1', sourceAgency: 'police', summary: 'Ongoing police investigation into Dean', reason: 'Would prejudice the investigation' }];
  const saved = await call<{ revision: number; updatedAt: string }>(app, 'chairside:conference.save', { conference: c, baseRevision: created.revision });
  return { ...c, revision: saved.revision, updatedAt: saved.updatedAt };
}

export async function openConference(page: Page, familyName: string) {
  await page.getByRole('button', { name: new RegExp(`^Open .*${familyName}`) }).first().click();
}

export async function goTo(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Conference' }).getByRole('button', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${title}`) }).first()).toBeVisible();
}

export async function expectNoAxeViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

