import type { TestimonialStatus } from '../generated/resolvers-types.js';
import { ERASED_COMPANY_NAME, ERASED_TEXT } from '../shared/erased.js';
import { conflict } from '../shared/errors.js';
import type { TestimonialRecord } from './records.js';

export type TestimonialEvent =
  | { type: 'AGREE' }
  | { type: 'PUBLISH'; moderator: string }
  | { type: 'REJECT'; moderator: string; reason: string }
  | { type: 'WITHDRAW' }
  | { type: 'ERASE' };

/**
 * A PME's testimonial goes to moderation at once; a connecteur's waits for the company's agreement first.
 * Only a moderator publishes; the company may withdraw it at any time (consent is revocable). Its account
 * deletion (ERASE) withdraws it too, and erases its story and names.
 */
export const TESTIMONIAL_TRANSITIONS: readonly {
  event: TestimonialEvent['type'];
  from: readonly TestimonialStatus[];
  to: TestimonialStatus;
}[] = [
  { event: 'AGREE', from: ['AWAITING_AGREEMENT'], to: 'PENDING' },
  { event: 'PUBLISH', from: ['PENDING'], to: 'PUBLISHED' },
  { event: 'REJECT', from: ['PENDING'], to: 'REJECTED' },
  { event: 'WITHDRAW', from: ['AWAITING_AGREEMENT', 'PENDING', 'PUBLISHED', 'REJECTED'], to: 'WITHDRAWN' },
  {
    event: 'ERASE',
    from: ['AWAITING_AGREEMENT', 'PENDING', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'],
    to: 'WITHDRAWN',
  },
];

const STATUS_NAMES: Record<TestimonialStatus, string> = {
  AWAITING_AGREEMENT: 'en attente de l’accord de l’entreprise',
  PENDING: 'en attente de modération',
  PUBLISHED: 'publié',
  REJECTED: 'refusé',
  WITHDRAWN: 'retiré',
};

export function applyTestimonialEvent(
  current: TestimonialRecord,
  event: TestimonialEvent,
  now: Date,
): TestimonialRecord {
  const row = TESTIMONIAL_TRANSITIONS.find((t) => t.event === event.type)!;
  if (!row.from.includes(current.status))
    throw conflict(`Impossible : ce témoignage est ${STATUS_NAMES[current.status]}.`, {
      status: current.status,
    });
  const at = now.toISOString();
  const base = { ...current, status: row.to, version: current.version + 1 };
  switch (event.type) {
    case 'AGREE':
      return { ...base, agreedAt: at };
    case 'PUBLISH':
      return { ...base, publishedAt: at, moderatedAt: at, moderatedBy: event.moderator };
    case 'REJECT':
      return { ...base, rejectionReason: event.reason, moderatedAt: at, moderatedBy: event.moderator };
    case 'WITHDRAW':
      return { ...base, withdrawnAt: at };
    case 'ERASE': {
      // A connecteur's subject is its own; a PME user's goes.
      const { mediaUrl: _media, award: _award, ...kept } = base;
      const { submittedBySub: _sub, ...anonymous } = kept;
      return {
        ...(current.connecteurId ? kept : anonymous),
        withdrawnAt: current.withdrawnAt ?? at,
        companyName: ERASED_COMPANY_NAME,
        title: ERASED_TEXT,
        story: ERASED_TEXT,
        erasedAt: at,
      } as TestimonialRecord;
    }
  }
}

/** +1 when a testimonial becomes public, −1 when it stops being public, 0 otherwise. */
export const publicationDelta = (before: TestimonialRecord, after: TestimonialRecord): 1 | -1 | 0 =>
  before.status !== 'PUBLISHED' && after.status === 'PUBLISHED'
    ? 1
    : before.status === 'PUBLISHED' && after.status !== 'PUBLISHED'
      ? -1
      : 0;
