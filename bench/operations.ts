import type { Role } from '../functions/shared/auth.js';
import { loadCommunes } from '../scripts/demo/places.js';
import { seededRandom } from '../scripts/demo/random.js';
import { SEARCHED_DEPARTEMENT } from './datasets/connecteurs.js';
import { diagnosticInput } from './datasets/diagnostics.js';
import { SEARCHED_REGION } from './datasets/marketplace.js';
import { AGENT_REGION, paidApplicationId, programIdOf } from './datasets/subsidies.js';

export type BenchOperation = {
  name: string;
  query: string;
  /** A function for a mutation: each call sends a fresh valid input. */
  variables: Record<string, unknown> | (() => Record<string, unknown>);
  caller?: { role: Role; sub: string; regionCode?: string };
  /**
   * Levels of nested data read after the root (a list's company, an application's history, a provider's reviews):
   * the target is at most depth + 1 DynamoDB requests.
   */
  nestingDepth: number;
  /** Searches are measured again once their data has grown ten-fold. */
  search: boolean;
  /** A write: its direct replay may be refused by the write's conditions (the round trips are still timed). */
  mutation?: boolean;
};

const agent = { role: 'REGION_AGENT' as const, sub: `bench-agent-${AGENT_REGION}`, regionCode: AGENT_REGION };

/** The representative operations of the platform, with the fields the web app asks for. */
export function operations(now: Date): BenchOperation[] {
  const random = seededRandom(404);
  const communes = loadCommunes(1500);
  return [
    {
      name: 'connecteur search (département + theme, 50)',
      query: `query Search($filter: ConnecteurFilter, $first: Int) {
        connecteurs(filter: $filter, first: $first) {
          edges { cursor node { id displayName kind structureType communeCode departementCode regionCode departementsServed themes tier isLabelled labelValidUntil acceptsNewPmes website labelHistory { status validUntil } } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: {
        filter: { departementCode: SEARCHED_DEPARTEMENT, themes: ['ECOMMERCE_WEBSITE'] },
        first: 50,
      },
      nestingDepth: 1,
      search: true,
    },
    {
      name: 'agent: page of 50 applications + company + programme',
      query: `query Applications($first: Int) {
        subsidyApplications(first: $first) {
          edges { cursor node {
            id status version investmentCents aidCents grantedAidCents eligible submittedAt updatedAt
            company { id siren name nafCode nafLabel employees communeCode departementCode }
            program { id name regionCode managingBody }
          } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { first: 50 },
      caller: agent,
      nestingDepth: 1,
      search: true,
    },
    {
      name: 'agent: one application with its history',
      query: `query Application($id: ID!) {
        subsidyApplication(id: $id) {
          id status version projectSummary investmentCents aidCents grantedAidCents paidCents invoiceCents
          expenses { theme description amountCents providerSiren providerName }
          eligible eligibility { rule passed message }
          company { id name siren nafLabel }
          program { id name aidRateBasisPoints }
          history { version at actorRole actorSub action reason fromStatus toStatus }
          submittedAt decidedAt paidAt createdAt updatedAt
        }
      }`,
      variables: { id: paidApplicationId(now) },
      caller: agent,
      nestingDepth: 1,
      search: false,
    },
    {
      name: 'diagnostic submission (anonymous) + peers',
      query: `mutation Submit($input: SubmitDiagnosticInput!) {
        submitDiagnostic(input: $input) {
          id overallScore level levelInfo { name description } nextLevel { name minScore }
          themeScores { theme name score }
          companyFacts { nafCode nafLabel sizeBand regionCode }
          peers { scope label peerCount averageScore shareBelow themeAverages { theme average } }
        }
      }`,
      variables: () => ({ input: diagnosticInput(random, random.pick(communes).code) }),
      nestingDepth: 1,
      search: false,
      mutation: true,
    },
    {
      name: 'provider search (region + theme, 20) with ratings',
      query: `query Providers($filter: ProviderFilter, $first: Int) {
        providers(filter: $filter, first: $first) {
          edges { cursor node {
            id name siren communeCode regionCode regionsServed startup website
            offers { id theme description priceFromCents priceToCents }
            rating { average count }
            latestReviews { id rating comment authorName publishedAt reply { text } }
          } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { filter: { regionCode: SEARCHED_REGION, themes: ['ECOMMERCE_WEBSITE'] }, first: 20 },
      // Providers, then each one's latest reviews (a list in a list).
      nestingDepth: 2,
      search: true,
    },
    {
      name: 'testimonial search (region + sector, 20)',
      query: `query Testimonials($filter: TestimonialFilter, $first: Int) {
        testimonials(filter: $filter, first: $first) {
          edges { cursor node {
            id companyName title story format mediaUrl durationSeconds themes nafCode nafSection sizeBand
            communeCode departementCode regionCode maturityLevel award publishedAt
          } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { filter: { regionCode: SEARCHED_REGION, nafSection: 'G' }, first: 20 },
      nestingDepth: 0,
      search: true,
    },
    {
      name: 'testimonial map (region + themes)',
      query: `query Map($filter: TestimonialFilter) {
        testimonialMap(filter: $filter) { departementCode count }
      }`,
      variables: { filter: { regionCode: SEARCHED_REGION, themes: ['ECOMMERCE_WEBSITE', 'BOOKING'] } },
      nestingDepth: 0,
      search: true,
    },
    {
      name: 'price referential (region, every theme)',
      query: `query Prices($regionCode: String) {
        priceReferentials(regionCode: $regionCode) {
          theme regionCode
          overall { lowCents medianCents highCents observations }
          offers { lowCents medianCents highCents observations }
          quotes { lowCents medianCents highCents observations }
          invoices { lowCents medianCents highCents observations }
        }
      }`,
      variables: { regionCode: SEARCHED_REGION },
      nestingDepth: 0,
      search: false,
    },
    {
      name: 'programme dashboard',
      query: `query Dashboard($id: ID!) {
        subsidyProgram(id: $id) {
          id name envelopeCents
          dashboard {
            envelopeCents committedCents paidCents remainingCents applicantCompanies fundedCompanies
            countsByStatus { status count }
            followUp { responses benefitCount averageSatisfaction }
          }
        }
      }`,
      variables: { id: programIdOf(AGENT_REGION) },
      caller: agent,
      nestingDepth: 1,
      search: false,
    },
  ];
}
