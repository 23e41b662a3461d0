import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QUESTIONNAIRE_V1 } from '../../functions/diagnostics/questionnaire.js';
import { allRegions } from '../../functions/shared/geography.js';
import { FUNDED_STATUSES } from '../../functions/subsidies/workflow.js';
import type { SubsidyStatus } from '../../functions/subsidies/records.js';
import { cellId, counterDeltas } from '../../functions/testimonials/map.js';
import type { TestimonialRecord } from '../../functions/testimonials/records.js';
import { addInto, AuditReader, num, numbersOf, type Item } from './read.js';

/**
 * The reconciliation audit: recomputes the counters and ledgers the platform keeps on write from the items they
 * count, and lists every difference (docs/reliability.md). Query and BatchGetItem on known partitions only.
 */
export type Drift = { check: string; subject: string; counter: string; stored: number; recomputed: number };
export type AuditReport = { drifts: Drift[]; checked: Record<string, number>; requests: number };

type Audit = { reader: AuditReader; drifts: Drift[]; checked: Record<string, number> };

function compare(
  audit: Audit,
  check: string,
  subject: string,
  stored: Record<string, number>,
  recomputed: Record<string, number>,
) {
  audit.checked[check] = (audit.checked[check] ?? 0) + 1;
  for (const counter of new Set([...Object.keys(stored), ...Object.keys(recomputed)])) {
    const [s, r] = [stored[counter] ?? 0, recomputed[counter] ?? 0];
    if (s !== r) audit.drifts.push({ check, subject, counter, stored: s, recomputed: r });
  }
}

const count = (items: Item[], predicate: (item: Item) => boolean) => items.filter(predicate).length;
const sum = (items: Item[], value: (item: Item) => number) => items.reduce((total, i) => total + value(i), 0);
const idAfter = (key: unknown, prefix: string) => String(key).slice(prefix.length);
const STATUSES: SubsidyStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'CORRECTION_REQUESTED',
  'ACCEPTED',
  'REJECTED',
  'CLOSED',
  'PAID',
];

/**
 * Each programme's ledger against its files: committed (granted, not paid), paid, remaining (envelope − both),
 * files per status, applicant and funded companies, and each company's standing. The files are those of the
 * region's partition (every submitted file) and of each company with a standing (its drafts too). Drafts of a
 * company that never submitted are in no partition the audit can list without a Scan: `countDRAFT` is not checked.
 */
async function programmeLedgers(audit: Audit) {
  const { reader } = audit;
  const programmes = (await reader.partition('SUBPROG#ALL', 'GSI2')).filter((i) => i.SK === 'RULES');
  const regionFiles = new Map<string, Promise<Item[]>>();
  for (const rules of programmes) {
    const programId = idAfter(rules.PK, 'SUBPROG#');
    const region = String(rules.regionCode);
    if (!regionFiles.has(region))
      regionFiles.set(region, reader.partition(`SUBAPP#REGION#${region}`, 'GSI3'));
    const own = await reader.partition(String(rules.PK));
    const ledger = own.find((i) => i.SK === 'LEDGER');
    const usages = own.filter((i) => String(i.SK).startsWith('USAGE#'));
    const files = new Map<string, Item>();
    const add = (items: Item[]) =>
      items
        .filter((i) => i.SK === 'APP' && i.programId === programId)
        .forEach((i) => files.set(String(i.PK), i));
    add(await regionFiles.get(region)!);
    for (const usage of usages)
      add(await reader.partition(`SUBAPP#COMPANY#${idAfter(usage.SK, 'USAGE#')}`, 'GSI2'));
    const all = [...files.values()];
    const funded = (i: Item) => FUNDED_STATUSES.includes(i.status as SubsidyStatus);
    const committed = sum(all, (i) => (i.status === 'ACCEPTED' ? num(i.grantedAidCents) : 0));
    const paid = sum(all, (i) => (i.status === 'PAID' ? num(i.paidCents) : 0));
    const recomputed: Record<string, number> = {
      envelopeCents: num(rules.envelopeCents),
      committedCents: committed,
      paidCents: paid,
      remainingCents: num(rules.envelopeCents) - committed - paid,
      applicantCompanies: new Set(all.filter((i) => i.firstSubmittedAt).map((i) => i.companyId)).size,
      fundedCompanies: new Set(all.filter(funded).map((i) => i.companyId)).size,
    };
    for (const status of STATUSES) recomputed[`count${status}`] = count(all, (i) => i.status === status);
    const stored = numbersOf(ledger, /^(envelope|committed|paid|remaining)Cents$|Companies$|^count(?!DRAFT)/);
    compare(audit, 'programme ledger', programId, stored, recomputed);
    compare(
      audit,
      'programme ledger: committed + paid + remaining = envelope',
      programId,
      {
        envelopeCents: num(ledger?.envelopeCents),
      },
      {
        envelopeCents: num(ledger?.committedCents) + num(ledger?.paidCents) + num(ledger?.remainingCents),
      },
    );
    const companies = new Set([
      ...usages.map((u) => idAfter(u.SK, 'USAGE#')),
      ...all.map((i) => String(i.companyId)),
    ]);
    for (const companyId of companies) {
      const usage = usages.find((u) => u.SK === `USAGE#${companyId}`);
      const mine = all.filter((i) => i.companyId === companyId);
      compare(
        audit,
        'company standing',
        `${programId} / ${companyId}`,
        numbersOf(usage, /^(applied|funded)Files$/),
        {
          appliedFiles: count(mine, (i) => Boolean(i.firstSubmittedAt)),
          fundedFiles: count(mine, funded),
        },
      );
    }
  }
}

/** Each provider's rating counters against its published reviews. */
async function providerRatings(audit: Audit) {
  const { reader } = audit;
  const ids = [...new Set((await reader.partition('PSEARCH#ALL', 'GSI1')).map((i) => String(i.providerId)))];
  const profiles = await reader.items(ids.map((id) => ({ PK: `PROV#${id}`, SK: 'PROFILE' })));
  for (const profile of profiles) {
    const id = idAfter(profile.PK, 'PROV#');
    const published = (await reader.partition(`PREVIEWS#${id}`, 'GSI3')).filter(
      (r) => r.status === 'PUBLISHED',
    );
    compare(audit, 'provider rating', id, numbersOf(profile, /^rating(Count|Sum)$/), {
      ratingCount: published.length,
      ratingSum: sum(published, (r) => num(r.rating)),
    });
  }
}

/**
 * Per connecteur: each slot booked at most once and by a booked appointment that names it; the contact requests
 * it received against its counters; and nationally, the requests per status.
 */
async function connecteurs(audit: Audit) {
  const { reader } = audit;
  const ids = [
    ...new Set((await reader.partition('CSEARCH#ALL', 'GSI1')).map((i) => String(i.connecteurId))),
  ];
  const stats = new Map(
    (await reader.items(ids.map((id) => ({ PK: `CSTATS#${id}`, SK: 'COUNTERS' })))).map((i) => [
      String(i.PK),
      i,
    ]),
  );
  const everyRequest: Item[] = [];
  const everyBooked: Item[] = [];
  const everyFollow: Item[] = [];
  for (const id of ids) {
    const slots = (await reader.partition(`CSLOTS#${id}`, 'GSI1')).filter((i) => i.SK === 'SLOT');
    const booked = (await reader.partition(`CAPPTS#${id}`, 'GSI1')).filter(
      (i) => i.SK === 'APPT' && i.status === 'BOOKED',
    );
    for (const slot of slots) {
      const holders = booked.filter((a) => a.slotId === slot.id);
      const heldBy = slot.status === 'BOOKED' ? booked.filter((a) => a.id === slot.appointmentId) : [];
      compare(
        audit,
        'slot booked at most once',
        `${id} / ${String(slot.id)}`,
        { bookings: holders.length, slotBooked: slot.status === 'BOOKED' ? 1 : 0 },
        {
          bookings: Math.min(holders.length, 1),
          slotBooked: heldBy.length === 1 && holders.length === 1 ? 1 : 0,
        },
      );
    }
    everyBooked.push(...booked);
    const following = (await reader.partition(`FOLLOWING#${id}`, 'GSI2')).filter(
      (f) => f.status === 'ACTIVE',
    );
    everyFollow.push(...following);
    compare(
      audit,
      'connecteur followed companies',
      id,
      numbersOf(stats.get(`CSTATS#${id}`), /^followedCompanies$/),
      {
        followedCompanies: following.length,
      },
    );
    compare(
      audit,
      'connecteur appointment counters',
      id,
      numbersOf(stats.get(`CSTATS#${id}`), /^appointments(Booked|Held)$/),
      { appointmentsBooked: booked.length, appointmentsHeld: count(booked, (a) => a.attendance === 'SEEN') },
    );
    const requests = (await reader.partition(`INBOX#${id}`, 'GSI1')).filter((i) => i.SK === 'CREQ');
    everyRequest.push(...requests);
    compare(
      audit,
      'connecteur contact counters',
      id,
      numbersOf(stats.get(`CSTATS#${id}`), /^requests(Received|Pending|TakenUp|FirstAnswered)$/),
      {
        requestsReceived: requests.length,
        requestsPending: count(requests, (r) => r.status === 'PENDING'),
        requestsTakenUp: count(requests, (r) => Boolean(r.takenUpAt)),
        requestsFirstAnswered: count(requests, (r) => Boolean(r.firstAnsweredAt)),
      },
    );
  }
  const [national] = await reader.items([{ PK: 'INDICATORS#FR', SK: 'COUNTERS' }]);
  const byStatus: Record<string, number> = { contactRequests: everyRequest.length };
  for (const r of everyRequest)
    byStatus[`requests_${String(r.status)}`] = (byStatus[`requests_${String(r.status)}`] ?? 0) + 1;
  compare(audit, 'follows roll-up', 'FR', numbersOf(national, /^followsActive$/), {
    followsActive: everyFollow.length,
  });
  const companies = [...new Set(everyFollow.map((f) => String(f.companyId)))];
  const workspaces = await reader.items(companies.map((c) => ({ PK: `CWORK#${c}`, SK: 'STATE' })));
  for (const companyId of companies)
    compare(
      audit,
      'company active followers',
      companyId,
      numbersOf(
        workspaces.find((w) => w.PK === `CWORK#${companyId}`),
        /^activeFollowers$/,
      ),
      { activeFollowers: count(everyFollow, (f) => f.companyId === companyId) },
    );
  compare(audit, 'appointments roll-up', 'FR', numbersOf(national, /^appointmentsBooked$/), {
    appointmentsBooked: everyBooked.length,
  });
  compare(
    audit,
    'contact requests roll-up',
    'FR',
    numbersOf(national, /^(requests_|contactRequests$)/),
    byStatus,
  );
}

/** National counters (indicators, price histograms, peer aggregates) equal the sum of the regions'. */
async function nationalSums(audit: Audit) {
  const { reader } = audit;
  const regions = allRegions().map((r) => r.code);
  const indicators = await reader.items(
    ['FR', ...regions].map((code) => ({ PK: `INDICATORS#${code}`, SK: 'COUNTERS' })),
  );
  const regional: Record<string, number> = {};
  for (const item of indicators.filter((i) => i.PK !== 'INDICATORS#FR'))
    addInto(regional, numbersOf(item, /./));
  const national = numbersOf(
    indicators.find((i) => i.PK === 'INDICATORS#FR'),
    /./,
  );
  compare(audit, 'indicators: national = sum of regions', 'FR', national, regional);

  const histograms = new Map<string, Record<string, number>>();
  const national2 = await reader.partition('PRICE#FR');
  for (const code of regions)
    for (const h of await reader.partition(`PRICE#${code}`)) {
      const figures = numbersOf(h, /^(n|b\d+)$/);
      compare(
        audit,
        'price histogram: n = sum of buckets',
        `${code} ${String(h.SK)}`,
        { n: figures.n ?? 0 },
        {
          n: sum(
            Object.entries(figures)
              .filter(([k]) => k !== 'n')
              .map(([, v]) => ({ v })),
            (x) => num(x.v),
          ),
        },
      );
      addInto(histograms.get(String(h.SK)) ?? histograms.set(String(h.SK), {}).get(String(h.SK))!, figures);
    }
  for (const h of national2) {
    const figures = numbersOf(h, /^(n|b\d+)$/);
    compare(
      audit,
      'price histogram: national = sum of regions',
      String(h.SK),
      figures,
      histograms.get(String(h.SK)) ?? {},
    );
    histograms.delete(String(h.SK));
  }
  for (const [sk, figures] of histograms)
    compare(audit, 'price histogram: national = sum of regions', sk, {}, figures);

  const version = QUESTIONNAIRE_V1.version;
  const groups = {
    SECTOR: 'ABCDEFGHIJKLMNOPQRSTU'.split(''),
    SIZE_BAND: ['SOLO', 'MICRO', 'SMALL', 'MEDIUM'],
    REGION: regions,
  };
  const key = (scope: string, group: string) => ({ PK: `DIAGAGG#${version}#${scope}#${group}`, SK: 'AGG' });
  const aggregates = await reader.items([
    key('NATIONAL', 'FR'),
    ...Object.entries(groups).flatMap(([scope, names]) => names.map((g) => key(scope, g))),
  ]);
  const figuresOf = (i: Item | undefined) => numbersOf(i, /^(n|sum|t_.+|b\d+)$/);
  for (const item of aggregates) {
    const f = figuresOf(item);
    const buckets = Object.entries(f).filter(([k]) => /^b\d+$/.test(k));
    compare(
      audit,
      'peer aggregate: n = sum of buckets',
      String(item.PK),
      { n: f.n ?? 0 },
      {
        n: buckets.reduce((t, [, v]) => t + v, 0),
      },
    );
  }
  const nationalAggregate = figuresOf(aggregates.find((i) => i.PK === key('NATIONAL', 'FR').PK));
  for (const scope of Object.keys(groups)) {
    const total: Record<string, number> = {};
    for (const item of aggregates.filter((i) => String(i.PK).startsWith(`DIAGAGG#${version}#${scope}#`)))
      addInto(total, figuresOf(item));
    compare(audit, `peer aggregate: national = sum of ${scope}`, version, nationalAggregate, total);
  }
}

/** The testimonial map's cells against the published testimonials. */
async function testimonialMap(audit: Audit) {
  const { reader } = audit;
  const published = (await reader.partition('TESTIS#ALL', 'GSI1')).filter((t) => t.status === 'PUBLISHED');
  const expected = new Map<string, Record<string, number>>([['*#*#*', {}]]);
  for (const t of published)
    for (const { cell, counter, delta } of counterDeltas(t as unknown as TestimonialRecord, 1)) {
      const counters = expected.get(cellId(cell)) ?? expected.set(cellId(cell), {}).get(cellId(cell))!;
      counters[counter] = (counters[counter] ?? 0) + delta;
    }
  const cells = new Map(
    (await reader.items([...expected.keys()].map((id) => ({ PK: `TMAP#${id}`, SK: 'COUNTS' })))).map((i) => [
      idAfter(i.PK, 'TMAP#'),
      i,
    ]),
  );
  for (const [id, counters] of expected)
    compare(audit, 'testimonial map cell', id, numbersOf(cells.get(id), /#/), counters);
}

export async function auditInvariants(db: DynamoDBDocumentClient, tableName: string): Promise<AuditReport> {
  const audit: Audit = { reader: new AuditReader(db, tableName), drifts: [], checked: {} };
  await programmeLedgers(audit);
  await providerRatings(audit);
  await connecteurs(audit);
  await nationalSums(audit);
  await testimonialMap(audit);
  return { drifts: audit.drifts, checked: audit.checked, requests: audit.reader.requests };
}
