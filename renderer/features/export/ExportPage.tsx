import { useEffect, useRef, useState } from 'react';
import type { Delivery, ExportProgress } from '../../../shared/ipc';
import { formatInstant } from '../../../shared/format';
import { api } from '../../api/api';
import { useConferenceParts, useConferenceStore } from '../../store/conferenceStore';
import { FamilyCopyPending } from '../family/FamilyCopyPending';
import { DocumentIssues } from './DocumentIssues';
import './export.css';

type Doc = 'minutes' | 'plan';
type Audience = 'full' | 'family';

const AUDIENCE_HINT: Record<Audience, string> = {
  full: 'Everything, with restricted information included and marked. For the case record and agencies entitled to it.',
  family: 'Plain words, and nothing restricted: built the same way as the family screen.',
};

/** After the meeting: the minutes and the plan as PDF (full record or family copy), and the archive package. */
export function ExportPage() {
  const c = useConferenceParts((x) => ({ id: x.id, audit: x.audit }));
  const [doc, setDoc] = useState<Doc>('minutes');
  const [audience, setAudience] = useState<Audience>('full');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; missing: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const cancelAsked = useRef(false);

  // Main reports how far the export has got while the worker makes the documents.
  useEffect(() => api().on('exportProgress', (p) => setProgress(p)), []);

  async function run(action: () => Promise<{ ok: true; value: Delivery } | { ok: false; error: { message: string } }>) {
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress(null);
    setCancelling(false);
    cancelAsked.current = false;
    // Export from what is on disk: save anything still waiting first.
    await useConferenceStore.getState().flush();
    // Cancel pressed while saving: main has nothing to stop yet, so nothing is asked of it.
    const r = cancelAsked.current ? ({ ok: true, value: { kind: 'cancelled' } } as const) : await action();
    if (!r.ok) {
      setBusy(false);
      return setError(r.error.message);
    }
    const d = r.value;
    if (d.kind === 'cancelled') {
      setBusy(false);
      return setResult({ text: 'Export cancelled: nothing was saved.', missing: [] });
    }
    if (d.kind === 'download') {
      // The host records the export once the file has been fetched, so fetch it here first and
      // only then hand it to the browser: the audit log read below then holds it.
      const failed = await download(d.url, d.fileName);
      if (failed) {
        setBusy(false);
        return setError(failed);
      }
    }
    setBusy(false);
    const names = d.kind === 'saved' ? d.fileNames : [d.fileName];
    // Main recorded the export in the audit log (and the status) when the file reached the chair; show the record as stored.
    await useConferenceStore.getState().open(c.id);
    setResult({ text: `${d.kind === 'saved' ? 'Saved' : 'Downloaded'}: ${names.join(', ')}`, missing: d.missingCharacters ?? [] });
  }

  return (
    <div className="export-page">
      <h2>Export</h2>
      <p>
        Documents are made from the saved conference as PDF/A for long-term archiving, marked OFFICIAL-SENSITIVE, with page
        numbers and each document’s own version. Until a document is marked final, every page says DRAFT.
      </p>
      <DocumentIssues />
      <fieldset>
        <legend>Document</legend>
        <label className="check"><input type="radio" name="doc" checked={doc === 'minutes'} onChange={() => setDoc('minutes')} /> Minutes</label>
        <label className="check"><input type="radio" name="doc" checked={doc === 'plan'} onChange={() => setDoc('plan')} /> Plan</label>
      </fieldset>
      <fieldset>
        <legend>Who it is for</legend>
        <label className="check"><input type="radio" name="audience" checked={audience === 'full'} onChange={() => setAudience('full')} /> Full record</label>
        <label className="check"><input type="radio" name="audience" checked={audience === 'family'} onChange={() => setAudience('family')} /> Family copy</label>
        <p className="muted">{AUDIENCE_HINT[audience]}</p>
        {audience === 'family' && <FamilyCopyPending />}
      </fieldset>
      <div className="export-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => run(() => api().exportDocument({ id: c.id, document: doc, audience }))}>
          Export PDF
        </button>
        <button type="button" disabled={busy} onClick={() => run(() => api().exportArchive({ id: c.id }))}>
          Export archive package
        </button>
        {busy && (
          <button
            type="button"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true);
              cancelAsked.current = true;
              void api().cancelExport({});
            }}
          >
            Cancel export
          </button>
        )}
      </div>
      <details className="export-scripts">
        <summary>Languages and scripts in the documents</summary>
        <p>
          Names and text in Latin scripts with every European accent, Greek and Cyrillic print as typed. Arabic and Hebrew are
          shaped and set right to left: a name or phrase within English text reads in the right order, and a paragraph written
          mostly in Arabic or Hebrew is set against the right margin. Characters the document font does not have, such as
          Chinese, Japanese, Korean and most emoji, print as “?” and are listed here after the export, so they can be checked.
        </p>
      </details>
      <p className="muted">The archive package holds the minutes and the plan (full record and family copy), the conference record as JSON, the audit chain of saves, decisions and exports, and a manifest with a SHA-256 checksum for each file, signed with this installation’s key.</p>
      <div role="status" aria-live="polite">
        {busy && <p>{progressText(progress, cancelling)}</p>}
        {result && (
          <div className="banner info">
            <p>{result.text}</p>
            {result.missing.length > 0 && (
              <p>
                Some characters cannot be shown by the document font and are printed as “?”: {result.missing.join(' ')}. Check
                the names they belong to.
              </p>
            )}
          </div>
        )}
      </div>
      {error && <p className="banner error" role="alert">{error}</p>}
      <h3>Exports so far</h3>
      {c.audit.length === 0 ? (
        <p className="muted">Nothing exported yet.</p>
      ) : (
        <table className="grid">
          <thead>
            <tr><th scope="col">When</th><th scope="col">What</th><th scope="col">For</th><th scope="col">Files</th></tr>
          </thead>
          <tbody>
            {[...c.audit].reverse().map((a) => (
              <tr key={a.at + a.what + a.audience}>
                <td>{formatInstant(a.at)}</td>
                <td>{a.what === 'archive' ? 'Archive package' : a.what === 'minutes' ? 'Minutes' : 'Plan'} (version {a.version})</td>
                <td>{a.audience === 'full' ? 'Full record' : a.audience === 'family' ? 'Family copy' : 'Both'}</td>
                <td>
                  <ul className="export-files">
                    {a.files.map((f) => (
                      <li key={f.name}>
                        {f.name} <span className="muted">({formatBytes(f.bytes)})</span>
                        <br />
                        <span className="muted">SHA-256</span> <code className="checksum">{f.sha256}</code>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** "Minutes, family copy (2 of 4): 40% made" while the worker reports, else a plain sentence. */
function progressText(p: ExportProgress | null, cancelling: boolean): string {
  if (cancelling) return 'Cancelling the export…';
  if (!p) return 'Making the documents…';
  const which = p.total > 1 ? ` (${p.done + 1} of ${p.total})` : '';
  return `${p.document}${which}: ${Math.floor(p.fraction * 100)}% made`;
}

/** Sizes as business support read them in a file manager: 1 KB is 1,024 bytes. */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${kb.toFixed(kb < 10 ? 1 : 0)} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

/**
 * The browser host hands over a file through a one-time link: fetched here, then saved by the
 * browser from memory. Answers a sentence when it could not be fetched, else null.
 */
async function download(url: string, fileName: string): Promise<string | null> {
  let blob: Blob;
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) return 'The file could not be fetched from Chairside (the link may have expired). Nothing was recorded as exported; export it again.';
    blob = await response.blob();
  } catch {
    return 'The file could not be fetched from Chairside. Nothing was recorded as exported; export it again.';
  }
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken its copy once click() returns; the memory can go a little later.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return null;
}
