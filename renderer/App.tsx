import { useEffect, useState } from 'react';
import type { AppInfo } from '../shared/ipc';
import { api } from './api/api';
import { ConferenceList } from './features/list/ConferenceList';
import { Workspace } from './features/workspace/Workspace';
import { WeakKeyConsent } from './features/consent/WeakKeyConsent';
import { SettingsPage } from './features/settings/SettingsPage';
import { ToastRegion } from './components/Toasts';
import { useConferenceStore } from './store/conferenceStore';
import { useFlushOnLeave } from './features/workspace/useFlushOnLeave';

/** Start-up: learn how the data key is protected, ask first if it is weak, then list or workspace. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const openId = useConferenceStore((s) => s.conference?.id ?? null);
  useFlushOnLeave();

  useEffect(() => {
    void api()
      .appInfo({})
      .then((r) => (r.ok ? setInfo(r.value) : setStartError(r.error.message)));
  }, []);

  if (startError)
    return (
      <main className="page">
        <h1>Chairside could not start</h1>
        <p role="alert">{startError}</p>
      </main>
    );
  if (!info) return <p className="page muted">Starting Chairside…</p>;
  if (info.needsConsent) return <WeakKeyConsent onAccepted={setInfo} />;
  return (
    <>
      {openId ? <Workspace key={openId} /> : settingsOpen ? <SettingsPage onClose={() => setSettingsOpen(false)} /> : <ConferenceList onOpenSettings={() => setSettingsOpen(true)} />}
      <ToastRegion />
    </>
  );
}
