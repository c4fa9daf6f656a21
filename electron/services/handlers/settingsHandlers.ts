import type { HandlerTable } from './types';
import type { ServiceContext } from './serviceContext';

export function createSettingsHandlers(ctx: ServiceContext): Pick<HandlerTable, 'getSettings' | 'updateSettings'> {
  return {
    getSettings: async () => ctx.settings.get(),
    updateSettings: async (patch) => ctx.settings.update(patch),
  };
}
