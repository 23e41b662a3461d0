import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, uniqueId, type Caller } from '../support/api.js';
import { dataOf } from '../subsidies/support.js';
import { notificationsAbout, rowsOf, watchNotifications } from '../support/notifications.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { follow, moderateReview, registerProvider, reviewProvider } from '../providers/helpers.js';
import { graphql } from '../generated/gql.js';
import type { TestimonialInput } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

const api = createTestApi();
const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-notifications' };
const moderators = (link: string) => ({ to: 'MODERATORS', category: 'MODERATION_PENDING', link });

describe('reviews: moderators, author and provider are told', () => {
  it('written: the moderators; published: its author and the provider; rejected: its author; a refused one: no one', async () => {
    const { provider } = await registerProvider(api);
    const a = await registerConnecteur(api);
    const b = await registerConnecteur(api);
    const watch = await watchNotifications([provider.id]);
    const first = await reviewProvider(api, a.caller, provider.id, 4);
    expect(first.errors).toBeUndefined();
    expect(codeOf(await reviewProvider(api, a.caller, provider.id, 5))).toBe('CONFLICT');
    expect(await watch.news()).toEqual([moderators('/moderation/avis')]);

    const second = await reviewProvider(api, b.caller, provider.id, 2);
    expect(
      (await moderateReview(api, moderator, dataOf(first).reviewProvider.id, 'PUBLISH')).errors,
    ).toBeUndefined();
    expect(
      (await moderateReview(api, moderator, dataOf(second).reviewProvider.id, 'REJECT', 'Propos injurieux.'))
        .errors,
    ).toBeUndefined();
    const author = (c: { id: string }) => ({
      to: `CONNECTEUR:${c.id}`,
      category: 'REVIEW_DECISION',
      link: `/prestataires/${provider.id}`,
    });
    expect(await watch.news()).toEqual(
      [
        moderators('/moderation/avis'),
        moderators('/moderation/avis'),
        author(a),
        author(b),
        { to: `PROVIDER:${provider.id}`, category: 'REVIEW_PUBLISHED', link: '/prestataire/avis' },
      ].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    );
    const rejection = (await watch.events()).find(
      (e) => e.recipient.kind === 'CONNECTEUR' && e.title.includes('pas publié'),
    );
    expect(rejection?.body).toContain('Propos injurieux.');
  });
});

const SubmitTestimonial = graphql(`
  mutation NotificationsSubmitTestimonial($input: TestimonialInput!) {
    submitTestimonial(input: $input) {
      id
      status
    }
  }
`);
const AgreeToTestimonial = graphql(`
  mutation NotificationsAgreeToTestimonial($id: ID!) {
    agreeToTestimonial(id: $id) {
      status
    }
  }
`);

const testimonial = (overrides: Partial<TestimonialInput> = {}): TestimonialInput => ({
  companyName: `Boulangerie ${uniqueId()}`,
  title: 'Notre click & collect a doublé nos ventes',
  story:
    'Avec notre connecteur, nous avons ouvert une boutique en ligne avec retrait en magasin : un tiers de nos commandes passent par le site.',
  format: 'ARTICLE',
  themes: ['ECOMMERCE_WEBSITE'],
  nafCode: '10.71C',
  sizeBand: 'MICRO',
  communeCode: '35238',
  maturityLevel: 'DYNAMIC',
  ...overrides,
});
const submit = (input: TestimonialInput, caller: Caller) =>
  typedCall(api, SubmitTestimonial, { input }, caller);

describe('testimonials: the company’s agreement, then the moderators', () => {
  it('a PME’s own: the moderators; a connecteur’s: the company, then the moderators once it agreed', async () => {
    const pme = await registerPme(api);
    const own = await submit(testimonial(), pme.caller);
    expect(rowsOf(await notificationsAbout([own.data!.submitTestimonial.id]))).toEqual([
      moderators('/moderation/temoignages'),
    ]);

    const connecteur = await registerConnecteur(api);
    await follow(api, pme.caller, pme.companyId, connecteur.caller, connecteur.id);
    const stranger = await registerConnecteur(api);
    expect(codeOf(await submit(testimonial({ companyId: pme.companyId }), stranger.caller))).toBe(
      'FORBIDDEN',
    );
    const written = await submit(testimonial({ companyId: pme.companyId }), connecteur.caller);
    const id = written.data!.submitTestimonial.id;
    const agreement = {
      to: `COMPANY:${pme.companyId}`,
      category: 'TESTIMONIAL_AGREEMENT',
      link: '/entreprise/temoignages',
    };
    expect(rowsOf(await notificationsAbout([id]))).toEqual([agreement]);
    const agreed = await typedCall(api, AgreeToTestimonial, { id }, pme.caller);
    expect(agreed.errors).toBeUndefined();
    expect(rowsOf(await notificationsAbout([id]))).toEqual([
      agreement,
      moderators('/moderation/temoignages'),
    ]);
  });
});
