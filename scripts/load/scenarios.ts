/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers of many shapes, read defensively */
import { randomInt, randomUUID } from 'node:crypto';
import { DECLARATION_VERSION } from '../../functions/subsidies/declaration.js';
import { QUESTIONNAIRE_V1 } from '../../functions/diagnostics/questionnaire.js';
import { signDevToken, type Role } from '../../functions/shared/auth.js';
import { DEV_TOKEN_SECRET } from '../../functions/shared/config.js';
import { hasValidLuhnKey } from '../../functions/shared/identifiers.js';
import type { LoadStats } from './stats.js';

// Virtual users of every role, each with its own account, doing what that role does on the platform, with state
// (the files an agent decides are those PMEs submitted; the slots a PME books are those connecteurs published).
type Vars = Record<string, unknown>;
type Answer = { data?: any; codes: string[] };
export type Market = {
  programId: string;
  connecteurs: string[];
  providers: string[];
};

export const ROLES_IN_TURN: (Role | 'ANONYMOUS')[] = [
  'PME',
  'CONNECTEUR',
  'REGION_AGENT',
  'PROVIDER',
  'MODERATOR',
  'ANONYMOUS',
  'PME',
  'REGION_AGENT',
  'PME',
  'CONNECTEUR',
];

const luhn = (body: string) => {
  for (let key = 0; key < 10; key++) if (hasValidLuhnKey(body + key)) return body + key;
  throw new Error('unreachable');
};
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
const randomSiren = () => luhn(digits(8));
const randomSiret = () => luhn(randomSiren() + digits(4));
const pick = <T>(list: readonly T[]): T | undefined => list[randomInt(Math.max(list.length, 1))];

const ANSWERS = QUESTIONNAIRE_V1.questions.map((q) => ({
  questionId: q.id,
  choiceIds: [(q.multiple ? q.choices.find((c) => !c.exclusive) : pick(q.choices))!.id],
}));
const FACTS = { communeCode: '69123', nafCode: '47.71Z', sizeBand: 'MICRO', clientele: 'B2C' };

export class VirtualUser {
  private readonly token?: Promise<string>;
  private readonly siret?: string;
  private slotHour = 0;

  constructor(
    private readonly url: string,
    private readonly stats: LoadStats,
    readonly role: Role | 'ANONYMOUS',
    readonly index: number,
  ) {
    if (role !== 'ANONYMOUS') {
      // What `npm run -s token` prints: a development token signed with the local key.
      // A PME's token carries the SIRET its identity provider vouches for: its company is registered with it.
      if (role === 'PME') this.siret = randomSiret();
      this.token = signDevToken(
        {
          sub: `load-${role.toLowerCase()}-${index}-${randomUUID().slice(0, 6)}`,
          role,
          regionCode: '84',
          ...(this.siret ? { siret: this.siret } : {}),
        },
        DEV_TOKEN_SECRET,
        { ttlSeconds: 6 * 3600 },
      );
    }
  }

  async call(name: string, query: string, variables: Vars = {}): Promise<Answer> {
    const started = performance.now();
    let codes: string[];
    let data: any;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.token ? { authorization: `Bearer ${await this.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
      data = body.data;
      codes = (body.errors ?? []).map((e) => String(e.extensions?.code ?? `HTTP_${response.status}`));
    } catch {
      codes = ['NETWORK_ERROR'];
    }
    this.stats.record(name, performance.now() - started, codes);
    return { data, codes };
  }

  /** What a user of the role does once, before its loop (register its company, profile…). */
  async setUp(market: Market) {
    if (this.role === 'PME') {
      await this.call(
        'registerCompany',
        `mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }`,
        {
          input: {
            name: `Entreprise de charge ${this.index}`,
            nafCode: '47.71Z',
            employees: 4,
            annualRevenueCents: 35_000_000,
            independent: true,
            communeCode: '69123',
          },
        },
      );
    } else if (this.role === 'CONNECTEUR') {
      const { data } = await this.call(
        'registerConnecteur',
        `mutation($input: RegisterConnecteurInput!) { registerConnecteur(input: $input) { id } }`,
        {
          input: {
            displayName: `Connecteur de charge ${this.index}`,
            kind: 'PERSON',
            structureType: 'FREELANCE',
            communeCode: '69123',
            departementsServed: ['69'],
            themes: ['STRATEGY'],
            email: `charge${this.index}@exemple.fr`,
            acceptsNewPmes: true,
            signCharter: true,
          },
        },
      );
      if (data?.registerConnecteur) market.connecteurs.push(data.registerConnecteur.id);
    } else if (this.role === 'PROVIDER') {
      const { data } = await this.call(
        'registerProvider',
        `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
        {
          input: {
            siret: randomSiret(),
            name: `Agence de charge ${this.index}`,
            communeCode: '69123',
            regionsServed: ['84'],
            startup: false,
          },
        },
      );
      if (data?.registerProvider) market.providers.push(data.registerProvider.id);
    }
  }

  /** One action of the role, chosen at random. */
  async act(market: Market) {
    const actions = {
      ANONYMOUS: [this.search, this.anonymousDiagnostic],
      PME: [this.diagnostic, this.contact, this.book, this.apply, this.engageAndReview],
      CONNECTEUR: [this.publishSlots, this.answerRequests],
      REGION_AGENT: [this.instruct],
      MODERATOR: [this.moderate],
      PROVIDER: [this.confirmEngagements],
    }[this.role];
    await pick(actions)!.call(this, market);
  }

  private async search() {
    const queries: [string, string][] = [
      [
        'connecteurs',
        `{ connecteurs(filter: { departementCode: "69" }, first: 10) { edges { node { id } } } }`,
      ],
      ['providers', `{ providers(filter: { regionCode: "84" }, first: 10) { edges { node { id } } } }`],
      ['priceReferential', `{ priceReferential(theme: ECOMMERCE_WEBSITE, regionCode: "84") { lowCents } }`],
      ['testimonialMap', `{ testimonialMap { departementCode count } }`],
      ['subsidyPrograms', `{ subsidyPrograms(regionCode: "84") { id isOpen } }`],
    ];
    const [name, query] = pick(queries)!;
    await this.call(name, query);
  }

  private async anonymousDiagnostic() {
    await this.call(
      'submitDiagnostic',
      `mutation($input: SubmitDiagnosticInput!) { submitDiagnostic(input: $input) { id overallScore } }`,
      { input: { answers: ANSWERS, companyFacts: FACTS } },
    );
  }

  private diagnostic = this.anonymousDiagnostic;

  private async contact(market: Market) {
    const connecteur = pick(market.connecteurs);
    if (!connecteur) return;
    await this.call(
      'sendContactRequest',
      `mutation($input: SendContactRequestInput!) { sendContactRequest(input: $input) { id } }`,
      { input: { connecteurIds: [connecteur], need: 'Vendre en ligne avec retrait en boutique.' } },
    );
  }

  private async book(market: Market) {
    const connecteur = pick(market.connecteurs);
    if (!connecteur) return;
    const { data } = await this.call(
      'appointmentSlots',
      `query($c: ID!) { appointmentSlots(connecteurId: $c, first: 5) { edges { node { id status } } } }`,
      { c: connecteur },
    );
    const slot = pick((data?.appointmentSlots?.edges ?? []).filter((e: any) => e.node.status === 'OPEN'));
    if (!slot) return;
    await this.call(
      'bookAppointment',
      `mutation($s: ID!) { bookAppointment(slotId: $s, topic: "Premier échange") { id } }`,
      { s: (slot as any).node.id },
    );
  }

  private async apply(market: Market) {
    const { data } = await this.call(
      'createSubsidyApplication',
      `mutation($input: CreateSubsidyApplicationInput!) { createSubsidyApplication(input: $input) { id } }`,
      {
        input: {
          programId: market.programId,
          projectSummary: 'Un site de vente en ligne.',
          expenses: [
            {
              theme: 'ECOMMERCE_WEBSITE',
              description: 'Site de vente en ligne',
              amountCents: 500_000 + randomInt(1_000_000),
              providerSiren: '732829320',
              providerName: 'Agence Web Lyon',
            },
          ],
        },
      },
    );
    const id = data?.createSubsidyApplication?.id;
    if (!id) return;
    await this.call(
      'submitSubsidyApplication',
      `mutation($id: ID!, $key: String!) { submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: { textVersion: "${DECLARATION_VERSION}", accepted: true }) { id } }`,
      { id, key: randomUUID() },
    );
  }

  private async engageAndReview(market: Market) {
    const provider = pick(market.providers);
    if (!provider) return;
    if (randomInt(2) === 0) {
      await this.call(
        'declareProviderEngagement',
        `mutation($p: ID!) { declareProviderEngagement(providerId: $p, description: "Refonte du site.") { id } }`,
        { p: provider },
      );
    } else {
      await this.call(
        'reviewProvider',
        `mutation($p: ID!, $r: Int!) { reviewProvider(providerId: $p, rating: $r, comment: "Travail soigné, délais tenus.") { id } }`,
        { p: provider, r: 1 + randomInt(5) },
      );
    }
  }

  private async publishSlots() {
    // One hour after another from tomorrow, within the booking horizon (each connecteur has its own agenda).
    const start = Date.now() + 86_400_000 + (this.slotHour++ % 8_000) * 3_600_000;
    const at = (ms: number) => new Date(Math.floor(ms / 3_600_000) * 3_600_000).toISOString();
    await this.call(
      'publishAppointmentSlots',
      `mutation($slots: [AppointmentSlotInput!]!) { publishAppointmentSlots(slots: $slots) { id } }`,
      { slots: [{ startsAt: at(start), endsAt: at(start + 3_600_000) }] },
    );
  }

  private async answerRequests() {
    const { data } = await this.call(
      'contactInbox',
      `{ contactInbox(statuses: [PENDING], first: 5) { edges { node { id } } } }`,
    );
    const request = pick(data?.contactInbox?.edges ?? []);
    if (!request) return;
    await this.call(
      'answerContactRequest',
      `mutation($id: ID!) { answerContactRequest(id: $id, status: TAKEN_IN_CHARGE, message: "Je vous appelle.") { id } }`,
      { id: (request as any).node.id },
    );
  }

  /** Agents of the region take files in turn; two agents on the same file at once is a race one of them loses. */
  private async instruct(market: Market) {
    const status = pick(['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED'] as const)!;
    const { data } = await this.call(
      'subsidyApplications',
      `query($f: SubsidyApplicationFilter) { subsidyApplications(filter: $f, first: 5) { edges { node { id version } } } }`,
      { f: { programId: market.programId, status } },
    );
    const file = pick(data?.subsidyApplications?.edges ?? []) as { node: { id: string; version: number } };
    if (!file) return;
    const vars = { id: file.node.id, v: file.node.version };
    if (status === 'SUBMITTED')
      await this.call(
        'startSubsidyReview',
        `mutation($id: ID!, $v: Int!) { startSubsidyReview(id: $id, expectedVersion: $v) { id } }`,
        vars,
      );
    else if (status === 'UNDER_REVIEW')
      await this.call(
        'decideSubsidyApplication',
        `mutation($id: ID!, $v: Int!) { decideSubsidyApplication(id: $id, expectedVersion: $v, decision: ACCEPT) { id } }`,
        vars,
      );
    else
      await this.call(
        'recordSubsidyPayment',
        `mutation($id: ID!, $v: Int!) { recordSubsidyPayment(id: $id, expectedVersion: $v, invoiceCents: 800000) { id } }`,
        vars,
      );
  }

  private async moderate() {
    const { data } = await this.call(
      'moderationQueue',
      `{ moderationQueue(first: 5) { edges { node { id } } } }`,
    );
    const review = pick(data?.moderationQueue?.edges ?? []) as { node: { id: string } } | undefined;
    if (!review) return;
    await this.call(
      'moderateReview',
      `mutation($id: ID!) { moderateReview(reviewId: $id, decision: PUBLISH) { id } }`,
      { id: review.node.id },
    );
  }

  private async confirmEngagements() {
    const { data } = await this.call(
      'myProviderEngagements',
      `{ myProviderEngagements(first: 10) { edges { node { id status } } } }`,
    );
    const declared = (data?.myProviderEngagements?.edges ?? []).filter(
      (e: any) => e.node.status === 'DECLARED',
    );
    const engagement = pick(declared) as { node: { id: string } } | undefined;
    if (!engagement) return;
    await this.call(
      'confirmProviderEngagement',
      `mutation($id: ID!) { confirmProviderEngagement(engagementId: $id) { id } }`,
      { id: engagement.node.id },
    );
  }
}
