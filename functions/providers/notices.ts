import type { NotificationEvent, NotificationRecipient } from '../shared/notifications.js';
import type { Notices } from '../shared/reminders.js';
import type { ReviewRecord } from './records.js';

/**
 * Who is told what about a review: the moderators of a text to moderate (their digest), its author of the
 * moderation (with the reason of a rejection, which its author reads), the provider of a newly published review.
 */
export const REVIEW_MODERATION_LINK = '/moderation/avis';
export const PROVIDER_REVIEWS_LINK = '/prestataire/avis';

const authorOf = (r: ReviewRecord): NotificationRecipient =>
  r.authorKind === 'PME'
    ? { kind: 'COMPANY', companyId: r.authorId }
    : { kind: 'CONNECTEUR', connecteurId: r.authorId };

/** A text (new or edited) awaits moderation. */
export function reviewPendingNotices(r: ReviewRecord): Notices {
  return {
    events: [
      {
        id: `review:${r.id}:${r.submittedAt}:pending`,
        category: 'MODERATION_PENDING',
        recipient: { kind: 'MODERATORS' },
        title: 'Un avis attend la modération',
        body: 'Un avis sur un prestataire est à modérer.',
        link: REVIEW_MODERATION_LINK,
      },
    ],
  };
}

/** What a review's change tells (EDIT: the moderators again; PUBLISH, REJECT: the author, and the provider). */
export function reviewChangeNotices(previous: ReviewRecord, next: ReviewRecord): Notices {
  if (next.status === 'PENDING' && next.submittedAt !== previous.submittedAt)
    return reviewPendingNotices(next);
  if (next.status === previous.status) return {};
  const id = `review:${next.id}:v${next.version}`;
  const author = `/prestataires/${next.providerId}`;
  if (next.status === 'REJECTED')
    return {
      events: [
        {
          id: `${id}:rejected`,
          category: 'REVIEW_DECISION',
          recipient: authorOf(next),
          title: 'Votre avis n’est pas publié',
          body: `La modération n’a pas publié votre avis. Motif : ${next.rejectionReason ?? 'non précisé'}`,
          link: author,
        },
      ],
    };
  if (next.status !== 'PUBLISHED') return {};
  const events: NotificationEvent[] = [
    {
      id: `${id}:published`,
      category: 'REVIEW_DECISION',
      recipient: authorOf(next),
      title: 'Votre avis est publié',
      body: 'Votre avis sur ce prestataire est publié sur sa fiche.',
      link: author,
    },
    {
      id: `${id}:provider`,
      category: 'REVIEW_PUBLISHED',
      recipient: { kind: 'PROVIDER', providerId: next.providerId },
      title: 'Nouvel avis publié sur votre fiche',
      body: `Un avis noté ${next.rating}/5 est publié sur votre fiche. Vous pouvez y répondre.`,
      link: PROVIDER_REVIEWS_LINK,
    },
  ];
  return { events };
}
