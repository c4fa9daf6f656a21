import type { Category, Conference, Outcome } from '../model';

/** The Children in Need census codes for the category of abuse (MUL: more than one). */
export const CENSUS_CATEGORY_CODES: Record<Category, 'NEG' | 'PHY' | 'EMO' | 'SAB'> = {
  neglect: 'NEG',
  physical: 'PHY',
  emotional: 'EMO',
  sexual: 'SAB',
};
export type CensusCategoryCode = (typeof CENSUS_CATEGORY_CODES)[Category] | 'MUL';

export interface CensusChild {
  childId: string;
  name: string;
  outcome: Outcome;
  /** Each category decided, as its census code, in the order the chair chose them. */
  categoryCodes: ('NEG' | 'PHY' | 'EMO' | 'SAB')[];
  /** The one code the census return takes: MUL when more than one category applies; null without a plan. */
  censusCategory: CensusCategoryCode | null;
  /** yyyy-mm-dd: the conference that started the plan (this one, or the earlier one it continues); null when unknown or no plan. */
  planStartDate: string | null;
  /** yyyy-mm-dd: this conference's date when it ended the plan, else null. */
  planEndDate: string | null;
}

/** The decisions in the form business support enter them in the census, so they re-key nothing. */
export interface CensusRecord {
  conferenceDate: string;
  children: CensusChild[];
}

const WITH_PLAN: readonly Outcome[] = ['cp-plan', 'continue', 'change-category', 'end'];
const CONTINUING: readonly Outcome[] = ['continue', 'change-category', 'end'];

/**
 * Each decided child's census codes and plan dates. A review's plan started at the latest
 * earlier conference (in the carried-over history) that put the child on a plan; when the
 * history does not hold it, the start date is null rather than a guess.
 */
export function censusRecord(c: Pick<Conference, 'details' | 'children' | 'decisions' | 'history'>): CensusRecord {
  const earlier = [...(c.history?.meetings ?? [])].filter((m) => m.date <= c.details.date).sort((a, b) => (a.date < b.date ? 1 : -1));
  return {
    conferenceDate: c.details.date,
    children: c.decisions.flatMap((d): CensusChild[] => {
      const child = c.children.find((ch) => ch.id === d.childId);
      if (!child) return [];
      const plan = WITH_PLAN.includes(d.outcome);
      const codes = plan ? d.categories.map((k) => CENSUS_CATEGORY_CODES[k]) : [];
      let start: string | null = null;
      if (d.outcome === 'cp-plan') start = c.details.date;
      else if (CONTINUING.includes(d.outcome)) start = earlier.find((m) => m.decisions.some((x) => x.childId === d.childId && x.outcome === 'cp-plan'))?.date ?? null;
      return [
        {
          childId: d.childId,
          name: child.name,
          outcome: d.outcome,
          categoryCodes: codes,
          censusCategory: codes.length > 1 ? 'MUL' : (codes[0] ?? null),
          planStartDate: start,
          planEndDate: d.outcome === 'end' ? c.details.date : null,
        },
      ];
    }),
  };
}
