import type { AgendaStep, Attendee, RichNode } from '../../shared/model';

// The minutes the typing benchmarks type into: paragraphs of about 60 words from a fixed
// vocabulary, each started by a speaker chip, as minutes look. Shared by the one-window harness
// (typing-harness/main.tsx) and the paired bench (typing-paired.bench.ts), so both measure the
// same document. The random sequence is fixed, so every run types into the same words.

const VOCAB = (
  'the school said that jay has been late on most mornings this term and his mum explained that the bus ' +
  'route changed in september social care are worried that when kelly drinks in the evening the children ' +
  'are not put to bed and nobody checks they are safe the health visitor saw the baby at clinic on tuesday ' +
  'weight is on the centile and the home was warm and tidy grandma has offered to stay over on fridays ' +
  'police attended the address twice in august after neighbours called about shouting no arrests were made'
).split(' ');

export const BENCH_ATTENDEES: Attendee[] = ['Sam Okoro', 'Kelly Smith', 'DC Priya Patel', 'Jo Hart', 'Dr Ahmed'].map((name, i) => ({
  id: `att${i}`,
  name,
  role: '',
  agency: ['childrens-social-care', '', 'police', 'health-visiting', 'gp'][i]!,
  kind: i === 1 ? 'parent-carer' : 'professional',
  attendance: 'present',
  remote: false,
}));

/** The step typed into: mapping, mid-meeting. */
export const TYPING_STEP_INDEX = 5;

export type Layout = 'spread' | 'single';

/**
 * Puts `total` words of minutes into `agenda` (in place): "spread" over every step as a
 * three-hour meeting has them, or "single": all in the typing step (the worst case). Returns the
 * same words as plain text, for the textarea reference.
 */
export function seedMinutes(agenda: AgendaStep[], attendees: readonly Attendee[], total: number, layout: Layout): string {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = (n: number) => Array.from({ length: n }, () => VOCAB[Math.floor(rand() * VOCAB.length)]!).join(' ');

  function minutesOf(words: number): { doc: RichNode; text: string } {
    const content: RichNode[] = [];
    const lines: string[] = [];
    let left = words;
    let i = 0;
    while (left > 0) {
      const n = Math.min(left, 60);
      const text = sentence(n);
      const who = attendees[i++ % attendees.length]!;
      content.push({ type: 'paragraph', content: [{ type: 'speaker', attrs: { attendeeId: who.id } }, { type: 'text', text: ` ${text}.` }] });
      lines.push(`${who.name}: ${text}.`);
      left -= n;
    }
    if (content.length === 0) content.push({ type: 'paragraph' });
    return { doc: { type: 'doc', content }, text: lines.join('\n\n') };
  }

  if (layout === 'single') {
    const m = minutesOf(total);
    agenda[TYPING_STEP_INDEX]!.minutes = m.doc;
    return m.text;
  }
  const per = Math.ceil(total / agenda.length);
  const texts: string[] = [];
  for (const s of agenda) {
    const m = minutesOf(per);
    s.minutes = m.doc;
    texts.push(m.text);
  }
  return texts.join('\n\n');
}
