import type { HandlerTable } from './types';
import type { ServiceContext } from './serviceContext';

export type ConferenceHandlers = Pick<HandlerTable, 'listConferences' | 'createConference' | 'openConference' | 'saveConference' | 'deleteConference'>;

/** Every call here touches stored conferences, so each waits for the data key (and consent). */
export function createConferenceHandlers(ctx: ServiceContext): ConferenceHandlers {
  return {
    listConferences: async ({ query }) => (await ctx.repository()).list(query),
    createConference: async (input) => (await ctx.repository()).create(input, ctx.settings.get()),
    openConference: async ({ id }) => (await ctx.repository()).open(id),
    saveConference: async ({ conference, baseRevision }) => (await ctx.repository()).save(conference, baseRevision),
    deleteConference: async ({ id }) => {
      await (await ctx.repository()).delete(id);
      return {};
    },
  };
}
