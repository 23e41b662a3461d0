import type {
  SubsidyApplicationFilter,
  SubsidyApplicationOrder,
  SubsidyApplicationStatus,
} from '../../../generated/graphql';
import { isCalendarDay, parisDayStartsAt } from '../../labels/paris-time';
import { SUBSIDY_STATUSES } from '../../labels/subsidies';

/** The orders an agent may sort the queue by, as the select offers them. */
export const QUEUE_ORDERS: { value: SubsidyApplicationOrder; label: string }[] = [
  { value: 'UPDATED_AT_DESC', label: 'Dernière modification, la plus récente d’abord' },
  { value: 'SUBMITTED_AT_ASC', label: 'Date de dépôt, le plus ancien d’abord' },
  { value: 'SUBMITTED_AT_DESC', label: 'Date de dépôt, le plus récent d’abord' },
  { value: 'AMOUNT_DESC', label: 'Montant du projet, le plus élevé d’abord' },
  { value: 'AMOUNT_ASC', label: 'Montant du projet, le plus faible d’abord' },
];

/** The queue's filters as they appear in the address bar (bookmarkable, and kept by the back button). */
export type QueueSearch = {
  status: SubsidyApplicationStatus | '';
  programId: string;
  /** A calendar day, YYYY-MM-DD (the date field's value). */
  updatedSince: string;
  /** A company's name (any part) or SIREN. */
  text: string;
  order: SubsidyApplicationOrder;
};

const PARAM = {
  status: 'statut',
  programId: 'programme',
  updatedSince: 'depuis',
  text: 'entreprise',
  order: 'tri',
  after: 'apres',
} as const;

const isStatus = (value: string): value is SubsidyApplicationStatus =>
  (SUBSIDY_STATUSES as string[]).includes(value);

export function readQueueSearch(params: URLSearchParams): QueueSearch {
  const status = params.get(PARAM.status) ?? '';
  const updatedSince = params.get(PARAM.updatedSince) ?? '';
  return {
    status: isStatus(status) ? status : '',
    programId: params.get(PARAM.programId) ?? '',
    updatedSince: isCalendarDay(updatedSince) ? updatedSince : '',
    text: params.get(PARAM.text) ?? '',
    order: QUEUE_ORDERS.find((o) => o.value === params.get(PARAM.order))?.value ?? 'UPDATED_AT_DESC',
  };
}

export const readQueueCursor = (params: URLSearchParams): string | undefined =>
  params.get(PARAM.after) ?? undefined;

export function writeQueueSearch(search: QueueSearch, after?: string | null): URLSearchParams {
  const params = new URLSearchParams();
  if (search.status) params.set(PARAM.status, search.status);
  if (search.programId) params.set(PARAM.programId, search.programId);
  if (search.updatedSince) params.set(PARAM.updatedSince, search.updatedSince);
  if (search.text.trim()) params.set(PARAM.text, search.text.trim());
  if (search.order !== 'UPDATED_AT_DESC') params.set(PARAM.order, search.order);
  if (after) params.set(PARAM.after, after);
  return params;
}

export function toQueueFilter(search: QueueSearch): SubsidyApplicationFilter {
  return {
    ...(search.status && { status: search.status }),
    ...(search.programId && { programId: search.programId }),
    ...(search.updatedSince && { updatedSince: parisDayStartsAt(search.updatedSince) }),
    ...(search.text.trim() && { search: search.text.trim() }),
  };
}
