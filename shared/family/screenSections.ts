import type { AgendaStepKey } from '../model';
import type { FamilyView } from './familyView';

/**
 * What the family screen draws on each step (renderer/family/StepContent.tsx draws exactly these),
 * so the screen's message carries only those parts: what is not drawn is not sent. Otherwise a
 * person hidden while their step is on screen would still arrive, undrawn, in every other step's
 * message to the family's tab.
 */
type Section = 'people' | 'purpose' | 'reports' | 'childViews' | 'familyViews' | 'map' | 'scale' | 'decisions' | 'plan';

export const SCREEN_SECTIONS: Record<AgendaStepKey, readonly Section[]> = {
  welcome: ['people'],
  purpose: ['purpose'],
  reports: ['reports'],
  'child-views': ['childViews'],
  'family-views': ['familyViews'],
  mapping: ['map'],
  scaling: ['scale'],
  recommendations: ['map'],
  decision: ['decisions'],
  plan: ['plan'],
  close: ['decisions', 'plan'],
  custom: ['map'],
};

/** The view with every part this step does not draw emptied. */
export function onlyWhatIsDrawn(view: FamilyView, key: AgendaStepKey): FamilyView {
  const keep = new Set(SCREEN_SECTIONS[key]);
  return {
    ...view,
    people: keep.has('people') ? view.people : [],
    purpose: keep.has('purpose') ? view.purpose : { text: '', explained: [] },
    reports: keep.has('reports') ? view.reports : [],
    views: view.views.filter((v) => (v.whose === 'child' ? keep.has('childViews') : keep.has('familyViews'))),
    map: keep.has('map') ? view.map : { worried: [], working: [], needs: [], grey: [] },
    scale: keep.has('scale') ? view.scale : { zero: { text: '', explained: [] }, ten: { text: '', explained: [] }, show: 'hidden', children: [] },
    decisions: keep.has('decisions') ? view.decisions : [],
    plan: keep.has('plan') ? view.plan : { actions: [], contingency: { text: '', explained: [] }, firstCoreGroup: '', review: '', leadWorker: '', coreGroup: [], bottomLines: { text: '', explained: [] }, ended: view.plan.ended },
  };
}
