import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model';
import { api } from './api';

/** The settings as main holds them; the defaults until they arrive (one read per screen that asks). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    void api()
      .getSettings({})
      .then((r) => live && r.ok && setSettings(r.value));
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
