import type { Conference } from '../../../shared/model';
import type { FamilyState } from '../../../shared/ipc';
import { familyScreen } from '../../../shared/family/projectForFamily';
import type { ConferenceReader } from '../repository';
import type { EventSink } from '../events';
import type { FamilyWindow } from '../familyWindow';
import { AppFailure } from '../appFailure';
import type { Handler } from '../handlers/types';

export interface FamilyServiceDeps {
  repository: Pick<ConferenceReader, 'load' | 'onSaved'>;
  events: EventSink;
  familyWindow: FamilyWindow;
}

export interface FamilyHandlers {
  openFamilyView: Handler<'openFamilyView'>;
  closeFamilyView: Handler<'closeFamilyView'>;
  setCurtain: Handler<'setCurtain'>;
  pinFamilyStep: Handler<'pinFamilyStep'>;
  getFamilyState: Handler<'getFamilyState'>;
}

/**
 * The family screen's state and pushes. Everything the family receives goes through
 * familyScreen() (the projection) and events.family(); the family never gets the record.
 * The projection is computed from the SAVED conference, so live updates follow autosave.
 * The curtain is kept in memory only: a restart lifts nothing because nothing is open then.
 */
export function createFamilyService({ repository, events, familyWindow }: FamilyServiceDeps): FamilyHandlers {
  let open = false;
  let curtain = false;
  let conferenceId: string | undefined;
  let pinnedStepId: string | undefined;
  let saved: Conference | null = null;

  const state = (): FamilyState => ({
    open,
    curtain,
    ...(conferenceId ? { conferenceId } : {}),
    ...(pinnedStepId ? { pinnedStepId } : {}),
  });

  const pushFamily = () => {
    // With the window closed, the last thing the family saw is replaced by the neutral screen.
    if (!open || curtain) {
      events.family({ curtain: true });
      return;
    }
    events.family(familyScreen(saved, { stepId: pinnedStepId }));
  };

  const changed = (): FamilyState => {
    pushFamily();
    const now = state();
    events.chair('familyState', now);
    return now;
  };

  repository.onSaved((conference) => {
    if (conference.id !== conferenceId) return;
    saved = conference;
    if (pinnedStepId && !conference.meeting.agenda.some((s) => s.id === pinnedStepId)) pinnedStepId = undefined;
    if (open) changed();
  });

  familyWindow.onClosed(() => {
    open = false;
    changed();
  });

  return {
    async openFamilyView({ id }) {
      const conference = await repository.load(id);
      if (conferenceId !== id) pinnedStepId = undefined;
      saved = conference;
      conferenceId = id;
      const { url } = await familyWindow.open();
      open = true;
      const now = changed();
      return url ? { ...now, url } : now;
    },
    async closeFamilyView() {
      await familyWindow.close();
      open = false;
      return changed();
    },
    async setCurtain({ down }) {
      curtain = down;
      return changed();
    },
    async pinFamilyStep({ stepId }) {
      if (stepId && saved && !saved.meeting.agenda.some((s) => s.id === stepId)) {
        throw new AppFailure('not-found', 'That part of the meeting no longer exists.');
      }
      pinnedStepId = stepId;
      return changed();
    },
    async getFamilyState() {
      return state();
    },
  };
}
