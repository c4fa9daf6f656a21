import { useState } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { childLabel } from '../../../shared/format';
import { recommendsAndDecides, tallyRecommendations } from '../../../shared/conference/recommendations';
import { decisionComplete } from '../../../shared/conference/decision';
import { describeSpread, summariseChild } from '../../../shared/conference/scaling';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { addDissent, recordDecision, removeDissent } from '../../../shared/conference/commands/decision';
import { ChildTabs, pickChild } from '../scaling/ChildTabs';
import { DotPlot } from '../scaling/DotPlot';
import { TallyBox } from '../recommendations/TallyBox';
import { DecisionForm } from './DecisionForm';
import { DissentSection } from './DissentSection';
import { BeforeThisMeeting } from './BeforeThisMeeting';
import { currentPlan } from '../../../shared/conference/currentPlan';
import { quorum, quorumUnresolved } from '../../../shared/conference/quorum';
import { useSettings } from '../../api/useSettings';
import './decision.css';

/** The chair's decision per child, with the recommendation tally and the scores in view. */
export function DecisionStep(_props: { step?: AgendaStep }) {
  const c = useConferenceParts((x) => ({
    details: x.details,
    attendees: x.attendees,
    children: x.children,
    decisions: x.decisions,
    dissent: x.dissent,
    scaling: x.scaling,
    history: x.history,
    recommendations: x.recommendations,
    quorumOverrideReason: x.meeting.quorumOverrideReason,
  }));
  const update = useUpdate();
  const [chosen, setChosen] = useState<string | null>(null);
  const kind = c.details.kind;
  const settings = useSettings();

  if (!recommendsAndDecides(kind)) {
    return (
      <div>
        <h2>Decision</h2>
        <p className="note">A core group meeting makes no decision about a plan: it reviews the plan's actions.</p>
      </div>
    );
  }

  const q = quorum(c.attendees, settings.quorumOtherAgencies, { healthAsOneAgency: settings.quorumHealthAsOneAgency });
  const childId = pickChild(c.children, chosen);
  const child = c.children.find((k) => k.id === childId);
  const name = child ? childLabel(child) : '';
  const summary = child ? summariseChild(c, child.id) : null;
  return (
    <div className="decision-step">
      <h2>Decision</h2>
      <ChildTabs
        idBase="decision"
        label="Children"
        items={c.children}
        selectedId={childId}
        onSelect={setChosen}
        progress={(id) => (decisionComplete(c.decisions.find((d) => d.childId === id), kind) ? '✓ decided' : '(to decide)')}
      >
        {child && summary ? (
          <div className="decision-panel">
            <aside className="decision-inview" aria-label={`What the conference said about ${name}`}>
              <BeforeThisMeeting childId={child.id} childName={name} />
              <TallyBox tally={tallyRecommendations(c, child.id)} childName={name} />
              <section className="tally" aria-label={`Scaling for ${name}`}>
                <h3 className="tally-title">Scaling for {name}</h3>
                <p>{describeSpread(summary.headline)}{!c.scaling.showFamilyScores && summary.family.count ? ` Family (not in plot): ${describeSpread(summary.family)}` : ''}</p>
                <DotPlot childName={name} entries={summary.shown} anchors={c.scaling.anchors} />
              </section>
            </aside>
            <div className="decision-main">
              <DecisionForm
                key={child.id}
                kind={kind}
                context={{ currentCategories: currentPlan(c, child.id)?.categories, quorumUnresolved: quorumUnresolved(q, c.quorumOverrideReason) }}
                childName={name}
                decision={c.decisions.find((d) => d.childId === child.id)}
                onRecord={(d) => update((draft) => recordDecision(draft, child.id, d))}
              />
              <DissentSection
                key={`dissent-${child.id}`}
                childName={name}
                entries={c.dissent.filter((d) => d.childId === child.id)}
                attendees={c.attendees.filter((a) => a.attendance !== 'invited' && a.attendance !== 'absent' && a.attendance !== 'apologies')}
                onAdd={(d) => update((draft) => addDissent(draft, child.id, d))}
                onRemove={(id) => update((draft) => removeDissent(draft, id))}
              />
            </div>
          </div>
        ) : null}
      </ChildTabs>
    </div>
  );
}
