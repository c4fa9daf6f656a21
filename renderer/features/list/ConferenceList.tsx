import { useState } from 'react';
import { CONFERENCE_KIND_LABELS, CONFERENCE_KIND_SHORT, type ConferenceSummary } from '../../../shared/model';
import { formatDate, formatInstant } from '../../../shared/format';
import { api } from '../../api/api';
import { useConferenceStore } from '../../store/conferenceStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../../components/Toasts';
import { useConferenceList } from './useConferenceList';
import { NewConferenceDialog } from './NewConferenceDialog';
import { DueThisWeek } from './DueThisWeek';
import { JoinAsMinuteTaker } from '../collab/JoinAsMinuteTaker';
import './list.css';

const STATUS_TEXT = { draft: 'Draft', held: 'Held', exported: 'Exported' } as const;

function childrenText(c: ConferenceSummary): string {
  const names = c.childNames.filter((n) => n.trim());
  if (names.length) return names.join(', ');
  return c.familyName ? `${c.familyName} family` : 'No children added yet';
}

/** The start screen: every conference on this computer, newest first, searchable. */
export function ConferenceList({ onOpenSettings }: { onOpenSettings: () => void }) {
  const [query, setQuery] = useState('');
  const { conferences, quarantined, loading, error, reload } = useConferenceList(query);
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<ConferenceSummary | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const open = useConferenceStore((s) => s.open);
  const toast = useToasts((s) => s.show);

  async function openConference(id: string) {
    setOpenError(null);
    const r = await open(id);
    if (!r.ok) setOpenError(r.message);
  }

  async function confirmDelete() {
    if (!toDelete) return;
    const target = toDelete;
    setToDelete(null);
    const r = await api().deleteConference({ id: target.id });
    if (r.ok) toast(`Deleted the conference for ${childrenText(target)}.`);
    else setOpenError(r.error.message);
    await reload();
  }

  return (
    <main className="page conference-list">
      <div className="list-head">
        <h1>Conferences</h1>
        <div className="list-actions">
          <button type="button" onClick={onOpenSettings}>
            Settings
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New conference
          </button>
        </div>
      </div>
      <div className="field search">
        <label htmlFor="search">Search by child or family name</label>
        <input id="search" type="search" dir="auto" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {!query && !loading && conferences.length > 0 && <DueThisWeek conferences={conferences} onOpen={(id) => void openConference(id)} />}
      {error && <p className="banner error" role="alert">{error}</p>}
      {openError && <p className="banner error" role="alert">{openError}</p>}
      {loading ? (
        <p className="muted">Loading…</p>
      ) : conferences.length === 0 ? (
        <p className="muted">{query ? `No conference matches “${query}”.` : 'No conferences yet. Choose “New conference” to start one.'}</p>
      ) : (
        <ul className="rows" aria-label="Conferences, newest first">
          {conferences.map((c) => (
            <li key={c.id} className="row">
              <button type="button" className="open" onClick={() => openConference(c.id)} aria-label={`Open ${childrenText(c)}: ${CONFERENCE_KIND_LABELS[c.kind]}, ${formatDate(c.date)}${c.familyName ? `, ${c.familyName} family` : ''}`}>
                <span className="names" dir="auto">{childrenText(c)}</span>
                <span className="kind">{CONFERENCE_KIND_SHORT[c.kind]} · {CONFERENCE_KIND_LABELS[c.kind]}</span>
                <span className="when">{formatDate(c.date)} at {c.startTime}</span>
                <span className={`status ${c.status}`}>{STATUS_TEXT[c.status]}</span>
              </button>
              <button type="button" className="danger" onClick={() => setToDelete(c)} aria-label={`Delete ${childrenText(c)}, ${formatDate(c.date)}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {quarantined.length > 0 && (
        <section className="quarantine" aria-labelledby="quarantine-h">
          <h2 id="quarantine-h">Could not be opened</h2>
          <p>
            These files were damaged or unreadable. They have been moved aside, not deleted, so your IT team can try to
            recover them. Every other conference is unaffected.
          </p>
          <ul>
            {quarantined.map((q) => (
              <li key={q.id + q.quarantinedAt}>
                <strong>{q.fileName}</strong>: could not be opened. {q.reason} <span className="muted">(moved aside {formatInstant(q.quarantinedAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <JoinAsMinuteTaker />
      <NewConferenceDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={async (id) => {
          setCreating(false);
          await openConference(id);
        }}
      />
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this conference?"
        confirmLabel="Delete for good"
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        {toDelete && (
          <p>
            The conference for <strong dir="auto">{childrenText(toDelete)}</strong> on {formatDate(toDelete.date)} will be
            removed from this computer. This cannot be undone. Exported documents you saved elsewhere are not affected.
          </p>
        )}
      </ConfirmDialog>
    </main>
  );
}
