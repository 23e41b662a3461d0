import type { Theme } from '../../functions/generated/resolvers-types.js';
import type { createStores } from '../../functions/graphql/context.js';
import { connecteurIdOf } from '../../functions/shared/caller.js';
import type { EventRecord, NewsRecord } from '../../functions/events/records.js';
import { histogramsOfRecords, offerObservation } from '../../functions/prices/referential.js';
import type { ProviderRecord, ReviewRecord } from '../../functions/providers/records.js';
import { providerIdOf, reviewAuthorKey } from '../../functions/providers/service.js';
import { LATEST_REVIEWS } from '../../functions/providers/workflow.js';
import { hasValidLuhnKey, idForSubject } from '../../functions/shared/identifiers.js';
import { nafSection } from '../../functions/shared/naf.js';
import type { TestimonialRecord } from '../../functions/testimonials/records.js';
import type { DemoCommune } from './places.js';
import type { Random } from './random.js';

/**
 * The marketplace's demo data: 100 providers with offers and reviews, 168 testimonials over every region and NAF
 * section, events and news. Records are built with their aggregates (ratings, latest reviews, price histograms,
 * map counters) summed as the workflows would have, then loaded in bulk to keep the start fast.
 */
type Stores = ReturnType<typeof createStores>;

const DAY = 86_400_000;
const iso = (d: number) => new Date(d).toISOString();

/** Typical price ranges (euros) of each expense theme, from which offers are drawn. */
const THEME_PRICES: [Theme, number, number][] = [
  ['ECOMMERCE_WEBSITE', 2500, 15000],
  ['CONTENT', 400, 4000],
  ['ONLINE_PAYMENT', 300, 2500],
  ['MARKETPLACE', 800, 6000],
  ['ONLINE_VISIBILITY', 500, 5000],
  ['BOOKING', 300, 3000],
  ['STOCK_ORDERS_DELIVERY', 1500, 12000],
  ['POINT_OF_SALE', 600, 5000],
  ['HOSTING_SECURITY', 200, 3000],
  ['CUSTOMER_RELATIONSHIP', 800, 8000],
  ['EMAILING', 200, 2000],
  ['TRAINING', 300, 3000],
  ['STRATEGY', 1000, 8000],
];
const OFFER_TEXT: Partial<Record<Theme, string>> = {
  ECOMMERCE_WEBSITE: 'Boutique en ligne clés en main : catalogue, paiement, retrait en magasin',
  CONTENT: 'Photos produits, rédaction de fiches et de pages web',
  ONLINE_PAYMENT: 'Installation du paiement en ligne et du paiement sans contact',
  MARKETPLACE: 'Ouverture et animation de votre boutique sur les places de marché',
  ONLINE_VISIBILITY: 'Référencement local, fiche d’établissement, réseaux sociaux',
  BOOKING: 'Prise de rendez-vous et réservation en ligne',
  STOCK_ORDERS_DELIVERY: 'Gestion des stocks, des commandes et des livraisons',
  POINT_OF_SALE: 'Logiciel de caisse certifié et formation',
  HOSTING_SECURITY: 'Hébergement, nom de domaine, sauvegardes et sécurité',
  CUSTOMER_RELATIONSHIP: 'Fichier clients, fidélité et relation client',
  EMAILING: 'Lettres d’information et campagnes e-mail',
  TRAINING: 'Formation de vos équipes aux outils numériques',
  STRATEGY: 'Audit et feuille de route numérique',
};
const PROVIDER_NAMES = [
  (c: string) => `Atelier Web ${c}`,
  (c: string) => `${c} Digital`,
  (c: string) => `Pixel & Comptoir (${c})`,
  (c: string) => `Agence Clic ${c}`,
  (c: string) => `Boutique Connectée ${c}`,
  (c: string) => `${c} Solutions Numériques`,
  (c: string) => `Studio Vitrine ${c}`,
  (c: string) => `Les Artisans du Web — ${c}`,
];
const REVIEW_COMMENTS: Record<number, string[]> = {
  5: ['Travail soigné, délais tenus, très à l’écoute.', 'Notre site vend depuis le premier mois, merci !'],
  4: [
    'Bon accompagnement, quelques retards sur la mise en ligne.',
    'Prestation sérieuse et prix raisonnable.',
  ],
  3: ['Correct, mais le suivi après livraison est léger.', 'Résultat conforme, communication à améliorer.'],
  2: ['Devis dépassé et formation trop rapide.', 'Beaucoup de relances nécessaires.'],
  1: ['Site livré incomplet, nous avons dû changer de prestataire.'],
};

/** One NAF code per section (A–U), trades where small firms testify. */
const NAF_BY_SECTION = [
  '01.21Z',
  '08.11Z',
  '10.71C',
  '35.11Z',
  '38.11Z',
  '43.21A',
  '47.71Z',
  '49.41A',
  '56.10A',
  '58.11Z',
  '66.22Z',
  '68.31Z',
  '69.20Z',
  '79.11Z',
  '84.11Z',
  '85.59A',
  '86.23Z',
  '90.01Z',
  '96.02A',
  '97.00Z',
  '99.00Z',
];
const TESTIMONIAL_STORIES: [Theme[], string, string][] = [
  [
    ['ECOMMERCE_WEBSITE', 'ONLINE_PAYMENT'],
    'Notre boutique en ligne a trouvé ses clients',
    'Nous vendions uniquement au comptoir. Avec un site simple, le paiement en ligne et le retrait en magasin, un tiers de nos ventes passe désormais par internet, y compris le dimanche.',
  ],
  [
    ['BOOKING'],
    'La réservation en ligne a rempli notre agenda',
    'Les appels manqués nous faisaient perdre des clients. Depuis la prise de rendez-vous en ligne, l’agenda se remplit tout seul et les absences ont diminué grâce aux rappels par SMS.',
  ],
  [
    ['ONLINE_VISIBILITY', 'CONTENT'],
    'Trouvés enfin sur les cartes et les moteurs',
    'Une fiche d’établissement à jour, des photos et quelques avis clients : nos visites en magasin ont nettement augmenté, surtout de la part de touristes de passage.',
  ],
  [
    ['STOCK_ORDERS_DELIVERY'],
    'Fini les ruptures de stock',
    'Un outil de gestion des stocks relié à la caisse nous alerte avant la rupture et prépare les commandes fournisseurs. Nous y gagnons une demi-journée par semaine.',
  ],
  [
    ['CUSTOMER_RELATIONSHIP', 'EMAILING'],
    'Nos clients reviennent grâce à la lettre mensuelle',
    'Un fichier clients propre et une lettre d’information par mois : les clients fidèles reviennent plus souvent et parlent de nous autour d’eux.',
  ],
  [
    ['MARKETPLACE', 'EXPORT'],
    'Vendre à l’étranger depuis notre atelier',
    'La place de marché nous a ouvert l’Allemagne et la Belgique. Le connecteur nous a aidés à préparer les fiches produits et les conditions de livraison.',
  ],
  [
    ['POINT_OF_SALE', 'HOSTING_SECURITY'],
    'Une caisse moderne et des données en sécurité',
    'Le changement de caisse a été l’occasion de sauvegarder nos données et de sécuriser le wifi. Les clôtures de caisse prennent cinq minutes au lieu de trente.',
  ],
];
const AWARDS = [
  'Trophée du commerce connecté',
  'Prix régional de l’artisanat numérique',
  'Lauréat France Num',
];
const SIZE_BANDS = ['SOLO', 'MICRO', 'SMALL', 'MEDIUM'] as const;
const LEVELS = ['RELUCTANT', 'POTENTIAL', 'DYNAMIC', 'MATURE'] as const;

/** A SIRET whose SIREN and whole number both have a valid Luhn key, from a seeded generator. */
function demoSiret(random: Random): string {
  const withKey = (body: string) => {
    for (let key = 0; key < 10; key++) if (hasValidLuhnKey(body + key)) return body + key;
    throw new Error('unreachable');
  };
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');
  return withKey(withKey(`${random.int(3, 9)}${digits(7)}`) + digits(4));
}

/** `count` providers with 0 to `maxReviews` reviews each (80 % published), ratings summed as publishing would. */
export function demoProviders(
  random: Random,
  communes: DemoCommune[],
  now: Date,
  { count = 100, maxReviews = 7, connecteurs = 300 } = {},
) {
  const regions = [...new Set(communes.map((c) => c.regionCode))].sort();
  const providers: ProviderRecord[] = [];
  const reviews: ReviewRecord[] = [];
  for (let i = 0; i < count; i++) {
    // Every region has providers; larger ones more (communes are weighted by their count).
    const commune =
      i < regions.length
        ? random.pick(communes.filter((c) => c.regionCode === regions[i]))
        : random.pick(communes);
    const sub = `demo-prestataire-${String(i + 1).padStart(3, '0')}`;
    const id = providerIdOf(sub);
    const siret = demoSiret(random);
    const createdAt = now.getTime() - random.int(30, 700) * DAY;
    const offers = random.sample(THEME_PRICES, random.int(1, 4)).map(([theme, low, high], j) => {
      const from = Math.round((low + random.next() * (high - low) * 0.6) / 50) * 50;
      const to = Math.round((from * (1.3 + random.next() * 1.5)) / 50) * 50;
      return {
        id: idForSubject('demo-offer', `${sub}:${j}`),
        theme,
        description: OFFER_TEXT[theme] ?? 'Accompagnement numérique',
        priceFromCents: from * 100,
        priceToCents: to * 100,
        createdAt: iso(createdAt),
      };
    });
    const own: ReviewRecord[] = [];
    const authors = random.sample(
      Array.from({ length: connecteurs }, (_, k) => k + 1),
      random.int(0, maxReviews),
    );
    for (const [k, n] of authors.entries()) {
      const byPme = k % 2 === 1;
      const authorId = byPme
        ? idForSubject('demo-company', `${sub}:${k}`)
        : connecteurIdOf(`demo-connecteur-${String(n).padStart(3, '0')}`);
      const authorKey = reviewAuthorKey(byPme ? 'PME' : 'CONNECTEUR', authorId);
      const rating = random.pick([5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1]);
      const submittedAt = createdAt + random.int(5, 25) * DAY + k * 3_600_000;
      const roll = random.next();
      const status = roll < 0.8 ? 'PUBLISHED' : roll < 0.95 ? 'PENDING' : 'REJECTED';
      own.push({
        id: `${id}.${authorKey}`,
        providerId: id,
        authorKey,
        authorKind: byPme ? 'PME' : 'CONNECTEUR',
        authorId,
        authorName: byPme
          ? `${random.pick(['Boulangerie', 'Salon', 'Garage', 'Boutique', 'Atelier'])} de ${commune.name}`
          : `Connecteur ${n}`,
        rating,
        comment: random.pick(REVIEW_COMMENTS[rating]!),
        status,
        createdAt: iso(submittedAt),
        submittedAt: iso(submittedAt),
        ...(status === 'PUBLISHED'
          ? {
              publishedAt: iso(submittedAt + 2 * DAY),
              moderatedAt: iso(submittedAt + 2 * DAY),
              moderatedBy: 'demo-moderateur',
            }
          : {}),
        ...(status === 'REJECTED'
          ? {
              rejectionReason: 'Propos non vérifiables.',
              moderatedAt: iso(submittedAt + 2 * DAY),
              moderatedBy: 'demo-moderateur',
            }
          : {}),
        ...(status === 'PUBLISHED' && random.chance(0.3)
          ? {
              reply: {
                text: 'Merci pour votre retour, au plaisir de vous accompagner à nouveau.',
                repliedAt: iso(submittedAt + 4 * DAY),
                repliedBy: sub,
              },
            }
          : {}),
        version: 1,
      });
    }
    const published = own
      .filter((r) => r.status === 'PUBLISHED')
      .sort((a, b) => b.publishedAt!.localeCompare(a.publishedAt!));
    providers.push({
      id,
      ownerSub: sub,
      siret,
      siren: siret.slice(0, 9),
      name: random.pick(PROVIDER_NAMES)(commune.name),
      communeCode: commune.code,
      departementCode: commune.departementCode,
      regionCode: commune.regionCode,
      regionsServed: [...new Set([commune.regionCode, ...random.sample(regions, random.int(0, 2))])].sort(),
      startup: random.chance(0.25),
      ...(random.chance(0.8) ? { website: `https://prestataire-${i + 1}.exemple.fr` } : {}),
      offers,
      ratingCount: published.length,
      ratingSum: published.reduce((sum, r) => sum + r.rating, 0),
      latestReviewIds: published.slice(0, LATEST_REVIEWS).map((r) => r.id),
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt),
      version: 1,
    });
    reviews.push(...own);
  }
  return { providers, reviews };
}

/** 8 testimonials per NAF section (168 by default), spread over every region; most published, a few pending. */
export function demoTestimonials(
  random: Random,
  communes: DemoCommune[],
  now: Date,
  count = NAF_BY_SECTION.length * 8,
): TestimonialRecord[] {
  const regions = [...new Set(communes.map((c) => c.regionCode))].sort();
  const communesOf = new Map(regions.map((r) => [r, communes.filter((c) => c.regionCode === r)]));
  const testimonials: TestimonialRecord[] = [];
  for (let i = 0; i < count; i++) {
    const nafCode = NAF_BY_SECTION[i % NAF_BY_SECTION.length]!;
    const region = regions[i % regions.length]!;
    const commune = random.pick(communesOf.get(region)!);
    const [themes, title, story] = random.pick(TESTIMONIAL_STORIES);
    const format = random.pick(['ARTICLE', 'ARTICLE', 'VIDEO', 'AUDIO'] as const);
    const submittedAt = now.getTime() - random.int(10, 500) * DAY;
    const status = i % 25 === 7 ? 'PENDING' : 'PUBLISHED';
    const company = `${random.pick(['Maison', 'Atelier', 'Comptoir', 'Ferme', 'Cabinet', 'Studio'])} ${commune.name}`;
    testimonials.push({
      id: idForSubject('demo-testimonial', String(i)),
      companyId: idForSubject('demo-company', `testimonial:${i}`),
      companyName: company,
      submittedBySub: `demo-pme-${i}`,
      ...(random.chance(0.4)
        ? { connecteurId: connecteurIdOf(`demo-connecteur-${String(random.int(1, 300)).padStart(3, '0')}`) }
        : {}),
      title,
      story,
      format,
      ...(format === 'ARTICLE'
        ? {}
        : {
            mediaUrl: `https://media.exemple.fr/temoignages/${i}`,
            durationSeconds: format === 'VIDEO' ? random.int(30, 60) : random.int(120, 900),
          }),
      themes: [...themes].sort(),
      nafCode,
      nafSection: nafSection(nafCode),
      sizeBand: random.pick(SIZE_BANDS),
      communeCode: commune.code,
      departementCode: commune.departementCode,
      regionCode: commune.regionCode,
      maturityLevel: random.pick(LEVELS),
      ...(random.chance(0.12) ? { award: random.pick(AWARDS) } : {}),
      status,
      submittedAt: iso(submittedAt),
      ...(status === 'PUBLISHED'
        ? {
            publishedAt: iso(submittedAt + 3 * DAY),
            moderatedAt: iso(submittedAt + 3 * DAY),
            moderatedBy: 'demo-moderateur',
          }
        : {}),
      version: 1,
    });
  }
  return testimonials;
}

function demoAgenda(random: Random, communes: DemoCommune[], now: Date) {
  const regions = [...new Set(communes.map((c) => c.regionCode))].sort();
  const kinds = [
    ['BREAKFAST', 'Petit-déjeuner du numérique'],
    ['WORKSHOP', 'Atelier « Vendre en ligne en 30 jours »'],
    ['FAIR', 'Salon des solutions numériques pour TPE'],
    ['CONFERENCE', 'Conférence : commerce connecté et centre-ville'],
  ] as const;
  const events: EventRecord[] = [];
  regions.forEach((region, i) => {
    for (let k = 0; k < 2; k++) {
      const commune = random.pick(communes.filter((c) => c.regionCode === region));
      const [kind, title] = kinds[(i + k) % kinds.length]!;
      const startsAt = Math.floor(now.getTime() / DAY) * DAY + random.int(3, 120) * DAY + 8 * 3_600_000;
      events.push({
        id: idForSubject('demo-event', `${region}:${k}`),
        kind,
        title: `${title} — ${commune.name}`,
        description:
          'Rencontre ouverte aux dirigeants de TPE et PME, avec des connecteurs et des entreprises témoins.',
        startsAt: iso(startsAt),
        endsAt: iso(startsAt + 2 * 3_600_000),
        placeName: `CCI ${commune.name}`,
        communeCode: commune.code,
        departementCode: commune.departementCode,
        regionCode: region,
        online: false,
        themes: random.sample(
          THEME_PRICES.map(([t]) => t),
          2,
        ),
        link: `https://agenda.exemple.fr/${region}-${k}`,
        publishedBySub: `demo-agent-${region}`,
        publishedAt: iso(now.getTime() - 10 * DAY),
        updatedAt: iso(now.getTime() - 10 * DAY),
        version: 1,
      });
    }
  });
  for (let k = 0; k < 3; k++) {
    const startsAt = Math.floor(now.getTime() / DAY) * DAY + (14 + 21 * k) * DAY + 10 * 3_600_000;
    events.push({
      id: idForSubject('demo-event', `national:${k}`),
      kind: 'WEBINAR',
      title: [
        'Webinaire : le chèque numérique pas à pas',
        'Webinaire : choisir son prestataire',
        'Webinaire : sécuriser sa boutique en ligne',
      ][k]!,
      startsAt: iso(startsAt),
      endsAt: iso(startsAt + 3_600_000),
      online: true,
      themes: ['STRATEGY'],
      link: `https://webinaires.exemple.fr/${k}`,
      publishedBySub: 'demo-moderateur',
      publishedAt: iso(now.getTime() - 5 * DAY),
      updatedAt: iso(now.getTime() - 5 * DAY),
      version: 1,
    });
  }
  const news: NewsRecord[] = [
    ['Le chèque numérique rouvre au 1er janvier', null],
    ['100 nouveaux connecteurs labellisés cette vague', null],
    ['Appel à témoignages : racontez votre transformation numérique', null],
    ['Un guichet régional pour les commerçants de Bretagne', '53'],
    ['Auvergne-Rhône-Alpes : les règles du chèque numérique, programme par programme', '84'],
  ].map(([title, regionCode], k) => ({
    id: idForSubject('demo-news', String(k)),
    title: title!,
    body: 'La mission nationale et les régions publient ici les nouvelles du programme Croissance connectée.',
    ...(regionCode ? { regionCode } : {}),
    themes: ['STRATEGY' as const],
    publishedBySub: 'demo-moderateur',
    publishedAt: iso(now.getTime() - (k + 1) * 3 * DAY),
  }));
  return { events, news };
}

/** Loads the marketplace's demo data; returns how many records were written. */
export async function seedMarketplace(
  stores: Stores,
  random: Random,
  communes: DemoCommune[],
  now: Date,
): Promise<number> {
  const { providers, reviews } = demoProviders(random, communes, now);
  await stores.providerStore.load(providers, reviews);
  // Each provider is one contributor of its offers (k-anonymity counts contributors).
  const offers = providers.map((p) =>
    p.offers.map((o) => ({ ...offerObservation(o), regionCode: p.regionCode })),
  );
  await stores.priceStore.load(histogramsOfRecords('OFFERS', offers));
  const testimonials = demoTestimonials(random, communes, now);
  await stores.testimonialStore.load(testimonials);
  const { events, news } = demoAgenda(random, communes, now);
  await stores.eventStore.load(events, news);
  return providers.length + reviews.length + testimonials.length + events.length + news.length;
}
