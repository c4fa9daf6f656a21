/**
 * Words professionals use that families often do not, each with what it means and a plainer
 * way to say it. Written for this app in our own words. Used by the family screen (shown beside
 * the text), the plan's plain-words check, and the family copy of documents.
 */
export interface JargonTerm {
  /** The term as it is usually written. */
  term: string;
  /** Other ways the same term is written (abbreviations, spellings). Matched like the term. */
  variants?: string[];
  /** What it means, in a sentence a family member can read. */
  meaning: string;
  /** A plainer word or phrase to use instead. */
  plain: string;
}

export const JARGON: readonly JargonTerm[] = [
  {
    term: 'ICPC',
    variants: ['initial child protection conference'],
    meaning: 'The first meeting where everyone decides whether a child needs a plan to keep them safe.',
    plain: 'first child protection meeting',
  },
  {
    term: 'RCPC',
    variants: ['review child protection conference', 'review conference'],
    meaning: 'A later meeting that looks at how the plan is going and whether it is still needed.',
    plain: 'review meeting',
  },
  {
    term: 'CGM',
    variants: ['core group meeting'],
    meaning: 'A regular meeting of the family and the main workers to check how the plan is going.',
    plain: 'plan check-in meeting',
  },
  {
    term: 'core group',
    meaning: 'The family members and workers who meet between the bigger meetings to carry out the plan.',
    plain: 'the plan group',
  },
  {
    term: 'CP plan',
    variants: ['child protection plan', 'CPP'],
    meaning: 'A written plan saying what everyone will do so the child is safe, and by when.',
    plain: 'safety plan for the child',
  },
  {
    term: 'CIN',
    variants: ['child in need', 'CIN plan', 'child in need plan'],
    meaning: 'Help for a child and family from children’s services without a child protection plan.',
    plain: 'support plan',
  },
  {
    term: 'LADO',
    meaning: 'The council officer who looks into worries about adults who work with children.',
    plain: 'officer for worries about staff',
  },
  {
    term: 'MASH',
    meaning: 'The team where different services share information when someone is worried about a child.',
    plain: 'the team that first looks at worries',
  },
  {
    term: 'DSL',
    variants: ['designated safeguarding lead'],
    meaning: 'The person in a school or service whose job is to act when there is a worry about a child.',
    plain: 'the school’s safety lead',
  },
  {
    term: 'section 47',
    variants: ['s47', 's.47', 'section 47 enquiry', 's47 enquiry'],
    meaning: 'When children’s services and others look into whether a child has been harmed or might be.',
    plain: 'safety check',
  },
  {
    term: 'strategy discussion',
    variants: ['strategy meeting'],
    meaning: 'A talk between workers, such as social care, police and health, to decide what to do next about a worry.',
    plain: 'workers’ planning talk',
  },
  {
    term: 'safeguarding',
    meaning: 'Keeping children safe from harm and making sure they are well looked after.',
    plain: 'keeping children safe',
  },
  {
    term: 'danger statement',
    variants: ['danger statements', 'worry statement', 'worry statements'],
    meaning: 'A short statement of who is worried, about what, and what could happen to the child if nothing changes.',
    plain: 'what we are worried could happen',
  },
  {
    term: 'safety goal',
    variants: ['safety goals'],
    meaning: 'What the family will be doing that shows everyone the child is safe, and for how long.',
    plain: 'what safe looks like',
  },
  {
    term: 'existing safety',
    meaning: 'Times when the worry was there but the child was still kept safe, and how.',
    plain: 'times the child was kept safe',
  },
  {
    term: 'complicating factors',
    variants: ['complicating factor'],
    meaning: 'Things that make the worries harder to sort out, without being harm themselves.',
    plain: 'things that make it harder',
  },
  {
    term: 'contingency plan',
    variants: ['contingency'],
    meaning: 'What will happen if the plan does not work or things get worse.',
    plain: 'back-up plan',
  },
  {
    term: 'CAMHS',
    variants: ['child and adolescent mental health services'],
    meaning: 'The NHS service that helps children and young people with their feelings and mental health.',
    plain: 'children’s mental health service',
  },
  {
    term: 'GP',
    meaning: 'Your family doctor at the local surgery.',
    plain: 'family doctor',
  },
  {
    term: 'multi-agency',
    variants: ['multiagency', 'multi agency'],
    meaning: 'Different services, such as schools, health and social care, working together.',
    plain: 'services working together',
  },
  {
    term: 'agency',
    variants: ['agencies'],
    meaning: 'An organisation or service, such as a school, the police or a health service.',
    plain: 'service',
  },
  {
    term: 'threshold',
    meaning: 'The level of worry at which a service must act.',
    plain: 'level of worry',
  },
  {
    term: 'significant harm',
    meaning: 'Serious harm to a child’s health or development, which the law says services must act on.',
    plain: 'serious harm',
  },
  {
    term: 'category',
    variants: ['categories', 'category of abuse'],
    meaning: 'The kind of harm the plan is about: emotional, physical, sexual, or neglect.',
    plain: 'kind of worry',
  },
  {
    term: 'neglect',
    meaning: 'When a child’s basic needs, such as food, warmth, care or safety, are not being met, even if no one meant it.',
    plain: 'needs not being met',
  },
  {
    term: 'safety network',
    meaning: 'Family and friends who agree to help keep the child safe and know about the worries.',
    plain: 'people who help keep the child safe',
  },
  {
    term: 'bottom lines',
    variants: ['bottom line'],
    meaning: 'Things the services say must happen, or must not happen, whatever else changes.',
    plain: 'things that must happen',
  },
  {
    term: 'quorum',
    variants: ['quorate'],
    meaning: 'Enough of the right services are at the meeting for it to make a decision.',
    plain: 'enough people to decide',
  },
  {
    term: 'lead social worker',
    meaning: 'The social worker who is the main contact for the family and makes sure the plan happens.',
    plain: 'your main social worker',
  },
  {
    term: 'Signs of Safety',
    meaning: 'The way this meeting is run: looking at worries, what is going well, and what needs to happen.',
    plain: 'how we run this meeting',
  },
  {
    term: 'scaling',
    variants: ['safety scale'],
    meaning: 'Everyone gives a number from 0 to 10 to show how safe they think the child is right now.',
    plain: 'giving a number for safety',
  },
  {
    term: 'grey areas',
    variants: ['grey area'],
    meaning: 'Things nobody is sure about yet.',
    plain: 'things we are not sure about',
  },
  {
    term: 'extra-familial harm',
    variants: ['extra familial harm'],
    meaning: 'Harm to a young person from people or places outside the family, such as exploitation or violence.',
    plain: 'harm from outside the family',
  },
  {
    term: 'exploitation',
    meaning: 'When someone uses a young person for their own gain, for example to carry drugs or for sex.',
    plain: 'being used by others',
  },
  {
    term: 'pre-birth',
    variants: ['pre birth'],
    meaning: 'Before the baby is born.',
    plain: 'before the birth',
  },
];

export interface JargonHit {
  term: string;
  meaning: string;
  plain: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One pattern per term. "Word boundary" here means not touching a letter or digit, so
// "GP" matches in "the GP's" and "(GP)" but not in "GPS"; a hyphen inside a term is literal.
const MATCHERS = JARGON.map((entry) => {
  const forms = [entry.term, ...(entry.variants ?? [])]
    // Longest first, so "CIN plan" is preferred over "CIN" within one term.
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegExp(f).replace(/\s+/g, '\\s+'));
  return { entry, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu') };
});

/**
 * The jargon in a piece of text, each term once, in the order the terms first appear.
 * Case-insensitive and on whole words only. Where terms overlap ("core group meeting" holds
 * "core group"), the longer one wins, so a reader gets one explanation for one phrase.
 */
export function findJargon(text: string): JargonHit[] {
  if (!text) return [];
  const spans: { start: number; end: number; entry: JargonTerm }[] = [];
  for (const { entry, pattern } of MATCHERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length, entry });
    }
  }
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof spans = [];
  for (const s of spans) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  kept.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const hits: JargonHit[] = [];
  for (const { entry } of kept) {
    if (seen.has(entry.term)) continue;
    seen.add(entry.term);
    hits.push({ term: entry.term, meaning: entry.meaning, plain: entry.plain });
  }
  return hits;
}

