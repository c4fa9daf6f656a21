// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CustomStepHeader } from '../../../../../renderer/features/workspace/CustomStepHeader';
import { useCollab } from '../../../../../renderer/features/collab/collabStore';
import { newConference, type AgendaStep } from '../../../../../shared/model';
import type { CollabStatus } from '../../../../../shared/ipc';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const step: AgendaStep = { ...newConference({ kind: 'initial', date: '2026-12-03' }, new Date('2026-12-03T10:00:00Z')).meeting.agenda[0]!, key: 'custom', title: 'Housing' };
let root: Root | null = null;
let host: HTMLElement | null = null;

function shown(status: CollabStatus): { text: string; buttons: string[] } {
  useCollab.setState({ status });
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() => root!.render(<CustomStepHeader step={step} onRemoved={() => undefined} />));
  return { text: host.textContent ?? '', buttons: [...host.querySelectorAll('button')].map((b) => b.textContent ?? '') };
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  useCollab.setState({ status: { state: 'off' } });
});

describe('a step the chair added', () => {
  it('can be removed on the chair\u2019s laptop', () => {
    expect(shown({ role: 'chair', state: 'connected' }).buttons).toContain('Remove this step');
  });

  it('is not offered for removal on the minute-taker\u2019s laptop in a session, and says who removes it', () => {
    const { text, buttons } = shown({ role: 'minute-taker', state: 'connected' });
    expect(buttons).not.toContain('Remove this step');
    expect(text).toContain('Only the chair removes a step');
  });
});
