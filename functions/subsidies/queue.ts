import type { SubsidyApplicationOrder } from '../generated/resolvers-types.js';
import { badUserInput } from '../shared/errors.js';
import { normalizeText } from '../shared/text.js';
import type { ApplicationQuery, SubsidyListStore } from './list-store.js';
import type { SubsidyApplicationRecord } from './records.js';

/**
 * The agent's queue searched by company or sorted by submission or amount: the queue's partitions (a region's, or
 * a region's in one status) are read once with their filter expressions, then matched and sorted here; pages are
 * offsets in that order. Bounded: past MAX_QUEUE_READ files the caller must narrow by status or programme.
 */
export const MAX_QUEUE_READ = 2000;

/** What a search typed means: a SIREN (9 digits, spaces allowed) or a part of a name. */
export function queueSearch(text: string): (app: SubsidyApplicationRecord) => boolean {
  const digits = text.replace(/\s/g, '');
  if (/^\d{9}$/.test(digits)) return (app) => app.companySnapshot?.siren === digits;
  const wanted = normalizeText(text);
  return (app) => {
    const name = app.companySnapshot?.name;
    return name !== undefined && normalizeText(name).includes(wanted);
  };
}

const position = (app: SubsidyApplicationRecord) => `${app.firstSubmittedAt ?? app.updatedAt}#${app.id}`;

/** The comparison of each order; ties broken by id so that an order is total and pages are stable. */
const ORDERS: Record<
  SubsidyApplicationOrder,
  (a: SubsidyApplicationRecord, b: SubsidyApplicationRecord) => number
> = {
  UPDATED_AT_DESC: (a, b) => `${b.updatedAt}#${b.id}`.localeCompare(`${a.updatedAt}#${a.id}`),
  SUBMITTED_AT_DESC: (a, b) => position(b).localeCompare(position(a)),
  SUBMITTED_AT_ASC: (a, b) => position(a).localeCompare(position(b)),
  AMOUNT_DESC: (a, b) => b.investmentCents - a.investmentCents || a.id.localeCompare(b.id),
  AMOUNT_ASC: (a, b) => a.investmentCents - b.investmentCents || a.id.localeCompare(b.id),
};

/** One page of the queue in the order asked, from `offset`. */
export async function sortedQueuePage(
  lists: SubsidyListStore,
  query: Omit<ApplicationQuery, 'limit' | 'before'>,
  options: { search?: string; order: SubsidyApplicationOrder; offset: number; limit: number },
): Promise<{ records: SubsidyApplicationRecord[]; hasNextPage: boolean }> {
  const all = await lists.allApplications(query, MAX_QUEUE_READ);
  if (!all)
    throw badUserInput(
      `Plus de ${MAX_QUEUE_READ} dossiers : choisissez un statut ou un programme pour chercher ou trier.`,
      [{ path: ['filter', 'status'], message: 'Choisissez un statut ou un programme.' }],
    );
  const matching = options.search ? all.filter(queueSearch(options.search)) : all;
  const sorted = matching.sort(ORDERS[options.order]);
  const page = sorted.slice(options.offset, options.offset + options.limit);
  return { records: page, hasNextPage: sorted.length > options.offset + options.limit };
}
