import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../shared/ipc';
import { api } from './api/api';
import { ConferenceList } from './features/list/ConferenceList';
import { Workspace } from './features/workspace/Workspace';
import { WeakKeyConsent } from './features/consent/WeakKeyConsent';
import { SettingsPage } from './features/settings/SettingsPage';
import { useOpenSettingsShortcut } from './features/settings/useOpenSettingsShortcut';
import { ToastRegion } from './components/Toasts';
import { StorageBanners } from './components/StorageBanners';
import { useConferenceStore } from './store/conferenceStore';
import { useFlushOnLeave } from './features/workspace/useFlushOnLeave';

/** Start-up: learn how the data key is protected, ask first if it is weak, then list or workspace. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const openId = useConferenceStore((s) => s.conference?.id ?? null);
  useFlushOnLeave();
  useOpenSettingsShortcut(useCallback(() => setSettingsOpen(true), []));

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
  if (info.needsConsent) return <WeakKeyConsent info={info} onAccepted={setInfo} />;
  return (
    <>
      <StorageBanners info={info} />
      {/* Settings opened from the menu or Ctrl+, during a conference cover the workspace without
          unmounting it, so its editors and unsaved typing are there on the way back. */}
      {openId ? (
        <div style={{ display: settingsOpen ? 'none' : 'contents' }}>
          <Workspace key={openId} />
        </div>
      ) : null}
      {settingsOpen ? <SettingsPage onClose={() => setSettingsOpen(false)} backLabel={openId ? 'Back to the conference' : undefined} /> : openId ? null : <ConferenceList onOpenSettings={() => setSettingsOpen(true)} />}
      <ToastRegion />
    </>
  );
}
