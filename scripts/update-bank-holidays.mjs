#!/usr/bin/env node
// `npm run holidays:update -- <file>`: refreshes resources/bank-holidays.json from the bank
// holidays file the UK government publishes (its JSON has divisions such as
// "england-and-wales" with events [{ title, date }]). Download that file on a machine with
// internet access, then run this; the app never fetches anything itself. New dates are merged
// with the shipped ones, so past years stay covered. Rebuild the app afterwards.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const input = process.argv[2];
if (!input) {
  console.error('Usage: npm run holidays:update -- <path to the downloaded bank-holidays.json>');
  process.exit(2);
}
const target = resolve(import.meta.dirname, '../resources/bank-holidays.json');
const published = JSON.parse(readFileSync(input, 'utf8'));
const division = published['england-and-wales'];
if (!division || !Array.isArray(division.events)) {
  console.error(`${input} has no "england-and-wales" division with events: is it the published bank holidays file?`);
  process.exit(1);
}
const dateOk = (d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
const bad = division.events.filter((e) => typeof e?.title !== 'string' || !dateOk(e?.date));
if (bad.length) {
  console.error(`${bad.length} event(s) have no title or no valid yyyy-mm-dd date, e.g. ${JSON.stringify(bad[0])}. Nothing was changed.`);
  process.exit(1);
}
const current = JSON.parse(readFileSync(target, 'utf8'));
const byDate = new Map(current.events.map((e) => [e.date, e.title]));
let added = 0;
for (const e of division.events) {
  if (!byDate.has(e.date)) added++;
  byDate.set(e.date, e.title);
}
const events = [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, title]) => ({ title, date }));
const years = events.map((e) => e.date.slice(0, 4));
// A year counts as covered once its December holidays are in: a file that reaches only into
// January of a new year must not make the app believe that whole year is known.
const completeYears = events.filter((e) => e.date.slice(5, 7) === '12').map((e) => e.date.slice(0, 4));
const next = { ...current, coversFrom: `${years[0]}-01-01`, coversTo: `${completeYears.at(-1) ?? current.coversTo.slice(0, 4)}-12-31`, events };
writeFileSync(target, `${JSON.stringify(next, null, 2)}\n`);
console.log(`Bank holidays updated: ${added} new date(s); now ${events.length} dates covering ${next.coversFrom} to ${next.coversTo}. Run npm run build (or npm test) to use them.`);
