import type { ComponentType } from 'react';
import type { AgendaStep, AgendaStepKey } from '../../shared/model';
import { DetailsPage } from './details/DetailsPage';
import { PeoplePage } from './people/PeoplePage';
import { ReportsPage } from './reports/ReportsPage';
import { RestrictedPage } from './restricted/RestrictedPage';
import { AnchorsPage } from './scaling/AnchorsPage';
import { AttendanceStep } from './attendance/AttendanceStep';
import { PurposeStep } from './purpose/PurposeStep';
import { ContributionsStep } from './contributions/ContributionsStep';
import { ViewsStep } from './views/ViewsStep';
import { MapStep } from './map/MapStep';
import { ScalingStep } from './scaling/ScalingStep';
import { RecommendationsStep } from './recommendations/RecommendationsStep';
import { DecisionStep } from './decision/DecisionStep';
import { PlanStep } from './plan/PlanStep';
import { CloseStep } from './plan/CloseStep';
import { ExportPage } from './export/ExportPage';
import { CirculationPage } from './circulation/CirculationPage';

/**
 * Which screen the workspace shows for each page. The workspace (renderer shell) owns layout,
 * navigation and the minutes panel; each feature owns its screen.
 */
export interface PageEntry {
  key: string;
  title: string;
  component: ComponentType;
}

export const PREPARE_PAGES: PageEntry[] = [
  { key: 'details', title: 'Details', component: DetailsPage },
  { key: 'people', title: 'People and invitations', component: PeoplePage },
  { key: 'reports', title: 'Agency reports', component: ReportsPage },
  { key: 'restricted', title: 'Restricted information', component: RestrictedPage },
  { key: 'anchors', title: 'Scale anchors', component: AnchorsPage },
];

export const AFTER_PAGES: PageEntry[] = [
  { key: 'export', title: 'Export', component: ExportPage },
  { key: 'circulation', title: 'Circulation', component: CirculationPage },
];

type StepComponent = ComponentType<{ step: AgendaStep }>;

const ChildViews: StepComponent = () => <ViewsStep whose="child" />;
const FamilyViews: StepComponent = () => <ViewsStep whose="family" />;
/** An ad-hoc step is minutes only: the workspace always shows the step's minutes. */
const CustomStep: StepComponent = () => null;

export const STEP_SCREENS: Record<AgendaStepKey, StepComponent> = {
  welcome: AttendanceStep,
  purpose: PurposeStep,
  reports: ContributionsStep,
  'child-views': ChildViews,
  'family-views': FamilyViews,
  mapping: MapStep,
  scaling: ScalingStep,
  recommendations: RecommendationsStep,
  decision: DecisionStep,
  plan: PlanStep,
  close: CloseStep,
  custom: CustomStep,
};
