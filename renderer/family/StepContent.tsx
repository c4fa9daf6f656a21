import type { AgendaStepKey } from '../../shared/model';
import type { FamilyView } from '../../shared/family/familyView';
import { FAMILY_MAP_COLUMNS } from '../../shared/family/plainWords';
import { Explained, ItemText } from './Explained';
import { ScaleSection } from './ScaleSection';

/** Which parts of the view go with each step of the meeting. */
export function StepContent({ view, stepKey }: { view: FamilyView; stepKey: AgendaStepKey }) {
  switch (stepKey) {
    case 'welcome':
      return <People view={view} />;
    case 'purpose':
      return <Purpose view={view} />;
    case 'reports':
      return <Reports view={view} />;
    case 'child-views':
      return <Views view={view} whose="child" />;
    case 'family-views':
      return <Views view={view} whose="family" />;
    case 'scaling':
      return <ScaleSection scale={view.scale} />;
    case 'decision':
      return <Decisions view={view} />;
    case 'plan':
      return <Plan view={view} />;
    case 'close':
      return (
        <>
          <Decisions view={view} />
          <Plan view={view} />
        </>
      );
    default:
      return <MapColumns view={view} />;
  }
}

function Empty({ children }: { children: string }) {
  return <p className="family-note">{children}</p>;
}

function People({ view }: { view: FamilyView }) {
  return (
    <section aria-labelledby="people-title">
      <h3 id="people-title">Who is here</h3>
      {view.people.length ? (
        <ul className="family-people">
          {view.people.map((p, i) => (
            <li key={i}>
              <strong>{p.name}</strong>
              {p.role && <span> – {p.role}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>The chair has not yet noted who is here.</Empty>
      )}
      {view.children.length > 0 && (
        <>
          <h3>This meeting is about</h3>
          <ul className="family-people">
            {view.children.map((c, i) => (
              <li key={i}>{c.name}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Purpose({ view }: { view: FamilyView }) {
  return (
    <section aria-labelledby="purpose-title">
      <h3 id="purpose-title">Why we are meeting</h3>
      <p className="family-lead">
        <ItemText item={view.purpose} />
      </p>
    </section>
  );
}

function Reports({ view }: { view: FamilyView }) {
  return (
    <section aria-labelledby="reports-title">
      <h3 id="reports-title">Reports you have seen</h3>
      {view.reports.length ? (
        <ul className="family-cards">
          {view.reports.map((r, i) => (
            <li key={i}>
              <span className="family-label">{r.agency}</span>
              <span className="family-text">{r.summary.text}</span>
              <Explained terms={r.summary.explained} />
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No reports to show here.</Empty>
      )}
    </section>
  );
}

function Views({ view, whose }: { view: FamilyView; whose: 'child' | 'family' }) {
  const list = view.views.filter((v) => v.whose === whose);
  return (
    <section aria-labelledby="views-title">
      <h3 id="views-title">{whose === 'child' ? 'In the children’s words' : 'In the family’s words'}</h3>
      {list.length ? (
        <ul className="family-cards">
          {list.map((v, i) => (
            <li key={i}>
              {v.by && <span className="family-label">{v.by}</span>}
              <span className="family-text">{v.text}</span>
              <Explained terms={v.explained} />
            </li>
          ))}
        </ul>
      ) : (
        <Empty>Nothing written here yet.</Empty>
      )}
    </section>
  );
}

function MapColumns({ view }: { view: FamilyView }) {
  const columns = (['worried', 'working', 'needs'] as const).map((key) => ({ key, title: FAMILY_MAP_COLUMNS[key], items: view.map[key] }));
  return (
    <section aria-label="The map" className="family-map-wrap">
      <div className="family-map">
        {columns.map((col) => (
          <section key={col.key} className={`family-column family-column-${col.key}`} aria-labelledby={`col-${col.key}`}>
            <h3 id={`col-${col.key}`}>{col.title}</h3>
            {col.items.length ? (
              <ul className="family-cards">
                {col.items.map((it, i) => (
                  <li key={i}>
                    <ItemText item={it} />
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>Nothing yet.</Empty>
            )}
          </section>
        ))}
      </div>
      {view.map.grey.length > 0 && (
        <section aria-labelledby="col-grey" className="family-column">
          <h3 id="col-grey">{FAMILY_MAP_COLUMNS.grey}</h3>
          <ul className="family-cards">
            {view.map.grey.map((it, i) => (
              <li key={i}>
                <ItemText item={it} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function Decisions({ view }: { view: FamilyView }) {
  return (
    <section aria-labelledby="decision-title">
      <h3 id="decision-title">What has been decided</h3>
      {view.decisions.length ? (
        <ul className="family-cards">
          {view.decisions.map((d, i) => (
            <li key={i}>
              <span className="family-label">{d.childName}</span>
              <span className="family-text">{d.outcome}</span>
              {d.categories.length > 0 && <span className="family-text">The worry is about: {d.categories.join(', ')}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>The decision has not been made yet.</Empty>
      )}
    </section>
  );
}

function Plan({ view }: { view: FamilyView }) {
  const { plan } = view;
  return (
    <section aria-labelledby="plan-title">
      <h3 id="plan-title">The plan</h3>
      {plan.actions.length ? (
        <table className="family-plan">
          <thead>
            <tr>
              <th scope="col">What will happen</th>
              <th scope="col">Who</th>
              <th scope="col">By when</th>
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((a, i) => (
              <tr key={i}>
                <td>
                  {a.what}
                  <Explained terms={a.explained} />
                </td>
                <td>{a.who || '–'}</td>
                <td>{a.byWhen || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>No actions written yet.</Empty>
      )}
      {plan.contingency.text && (
        <>
          <h3>If the plan does not work</h3>
          <p>
            <ItemText item={plan.contingency} />
          </p>
        </>
      )}
      {(plan.firstCoreGroup || plan.review) && (
        <ul className="family-dates">
          {plan.firstCoreGroup && <li>Next plan check-in meeting: {plan.firstCoreGroup}</li>}
          {plan.review && <li>Next review meeting: {plan.review}</li>}
        </ul>
      )}
    </section>
  );
}
