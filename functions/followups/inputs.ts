import * as z from 'zod';
import { clientKeyInput } from '../shared/client-keys.js';
import { THEMES } from '../shared/themes.js';
import { isoDate, text } from '../shared/validation.js';
import { lazySchema } from '../shared/lazy-schema.js';

/** An action plan stays short enough to live inside the follow item. */
export const MAX_ACTION_ITEMS = 50;

const id = lazySchema(() => z.string().trim().min(1).max(64));

export const proposeFollowInput = lazySchema(() =>
  z.object({ companyId: id, message: text('Message', 1000).nullish() }),
);

/** The company accepts, declines or revokes the follow of one connecteur. */
export const followAnswerInput = lazySchema(() => z.object({ connecteurId: id }));

export const actionItemInput = lazySchema(() =>
  z.object({
    companyId: id,
    input: z.object({ theme: z.enum(THEMES), title: text('Action', 200, 3), dueOn: isoDate.nullish() }),
    clientKey: clientKeyInput,
  }),
);

export const actionItemUpdateInput = lazySchema(() =>
  z.object({
    companyId: id,
    itemId: id,
    input: z
      .object({
        title: text('Action', 200, 3).nullish(),
        status: z.enum(['TODO', 'IN_PROGRESS', 'DONE', 'DROPPED']).nullish(),
        dueOn: isoDate.nullish(),
      })
      .refine((i) => Object.values(i).some((v) => v !== undefined), 'Aucun champ à modifier.'),
  }),
);

export const meetingNoteInput = lazySchema(() =>
  z.object({
    companyId: id,
    input: z.object({ meetingOn: isoDate, text: text('Note', 5000, 3), shared: z.boolean() }),
    clientKey: clientKeyInput,
  }),
);

export const leadsInput = lazySchema(() =>
  z.object({ departementCode: z.string().trim().toUpperCase().max(3).nullish() }),
);
