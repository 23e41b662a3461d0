import { histogramsOfRecords, offerObservation } from '../../functions/prices/referential.js';
import { histogramItems } from '../../functions/prices/store.js';
import type { ProviderRecord, ReviewRecord } from '../../functions/providers/records.js';
import { providerLoadItems } from '../../functions/providers/store.js';
import type { TestimonialRecord } from '../../functions/testimonials/records.js';
import { testimonialLoadItems } from '../../functions/testimonials/store.js';
import { demoProviders, demoTestimonials } from '../../scripts/demo/marketplace.js';
import { loadCommunes } from '../../scripts/demo/places.js';
import { seededRandom } from '../../scripts/demo/random.js';
import type { Dataset } from './dataset.js';

export const PROVIDERS = 5_000;
export const TESTIMONIALS = 20_000;
/** The region searched for providers and testimonials, whose data grows ten-fold in the 10× table. */
export const SEARCHED_REGION = '84';

const providers = (now: Date) =>
  // 0 to 20 reviews each: about 50,000, 80 % published.
  demoProviders(seededRandom(5), loadCommunes(1500), now, { count: PROVIDERS, maxReviews: 20 });

const offerHistograms = (list: ProviderRecord[]) =>
  histogramsOfRecords(
    'OFFERS',
    list.map((p) => p.offers.map((o) => ({ ...offerObservation(o), regionCode: p.regionCode }))),
  ).flatMap((h) => histogramItems(h, new Date(0)));

/** Nine clones of each provider serving the searched region (and of its reviews), under new ids. */
function grownProviders(list: ProviderRecord[], reviews: ReviewRecord[]) {
  const serving = list.filter((p) => p.regionsServed.includes(SEARCHED_REGION));
  const reviewsOf = new Map<string, ReviewRecord[]>();
  for (const r of reviews) reviewsOf.set(r.providerId, [...(reviewsOf.get(r.providerId) ?? []), r]);
  const clones = serving.flatMap((p) =>
    Array.from({ length: 9 }, (_, k) => {
      const id = `${p.id}x${k}`;
      const own = (reviewsOf.get(p.id) ?? []).map((r) => ({
        ...r,
        providerId: id,
        id: `${id}.${r.authorKey}`,
      }));
      const siret = String(BigInt(p.siret) + BigInt(k + 1) * 10n ** 6n).padStart(14, '0');
      const provider: ProviderRecord = {
        ...p,
        id,
        ownerSub: `${p.ownerSub}-x${k}`,
        siret,
        siren: siret.slice(0, 9),
        latestReviewIds: p.latestReviewIds.map((r) => `${id}.${r.slice(r.indexOf('.') + 1)}`),
      };
      return { provider, own };
    }),
  );
  return { providers: clones.map((c) => c.provider), reviews: clones.flatMap((c) => c.own) };
}

/** 5,000 providers with offers, ~50,000 reviews and the ratings they sum to, and the offers' price histograms. */
export const providerDataset: Dataset = {
  name: `providers-${PROVIDERS}`,
  items: (now) => {
    const { providers: list, reviews } = providers(now);
    return [...providerLoadItems(list, reviews), ...offerHistograms(list)];
  },
  grow: (now) => {
    const base = providers(now);
    const grown = grownProviders(base.providers, base.reviews);
    return [
      ...providerLoadItems(grown.providers, grown.reviews),
      ...offerHistograms([...base.providers, ...grown.providers]),
    ];
  },
};

const testimonials = (now: Date) => demoTestimonials(seededRandom(11), loadCommunes(1500), now, TESTIMONIALS);

/** 20,000 testimonials over every region and NAF section (96 % published), their list entries and map cells. */
export const testimonialDataset: Dataset = {
  name: `testimonials-${TESTIMONIALS}`,
  items: (now) => testimonialLoadItems(testimonials(now)),
  // Nine clones of each testimonial of the searched region; the map cells are summed anew over all of them.
  grow: (now) => {
    const base = testimonials(now);
    const clones: TestimonialRecord[] = base
      .filter((t) => t.regionCode === SEARCHED_REGION)
      .flatMap((t) => Array.from({ length: 9 }, (_, k) => ({ ...t, id: `${t.id}x${k}` })));
    const clonesIds = new Set(clones.map((t) => t.id));
    return testimonialLoadItems([...base, ...clones]).filter(
      (item) => String(item.PK).startsWith('TMAP#') || clonesIds.has(String(item.PK).slice('TESTI#'.length)),
    );
  },
};
