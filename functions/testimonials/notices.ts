import type { Notices } from '../shared/reminders.js';
import type { TestimonialRecord } from './records.js';

/**
 * Who is told what about a testimonial: the company of one a connecteur wrote for it (its agreement is needed), the
 * moderators of one that awaits moderation (their digest).
 */
export const COMPANY_TESTIMONIALS_LINK = '/entreprise/temoignages';
export const TESTIMONIAL_MODERATION_LINK = '/moderation/temoignages';

/** Told when a testimonial enters AWAITING_AGREEMENT or PENDING (written, or agreed to); nothing otherwise. */
export function testimonialNotices(t: TestimonialRecord, previous?: TestimonialRecord): Notices {
  if (previous?.status === t.status) return {};
  if (t.status === 'AWAITING_AGREEMENT')
    return {
      events: [
        {
          id: `testimonial:${t.id}:v${t.version}:agreement`,
          category: 'TESTIMONIAL_AGREEMENT',
          recipient: { kind: 'COMPANY', companyId: t.companyId },
          title: 'Un témoignage sur votre entreprise attend votre accord',
          body: `Votre connecteur a rédigé le témoignage « ${t.title} ». Il ne sera publié qu’avec votre accord.`,
          link: COMPANY_TESTIMONIALS_LINK,
        },
      ],
    };
  if (t.status === 'PENDING')
    return {
      events: [
        {
          id: `testimonial:${t.id}:v${t.version}:pending`,
          category: 'MODERATION_PENDING',
          recipient: { kind: 'MODERATORS' },
          title: 'Un témoignage attend la modération',
          body: `Le témoignage « ${t.title} » est à modérer.`,
          link: TESTIMONIAL_MODERATION_LINK,
        },
      ],
    };
  return {};
}
