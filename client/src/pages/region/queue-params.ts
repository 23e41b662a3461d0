import type { SubsidyApplicationFilter, SubsidyApplicationStatus } from '../../../generated/graphql';
import { isCalendarDay, parisDayStartsAt } from '../../labels/paris-time';
import { SUBSIDY_STATUSES } from '../../labels/subsidies';

/** The queue's filters as they appear in the address bar (bookmarkable, and kept by the back button). */
export type QueueSearch = {
  status: SubsidyApplicationStatus | '';
  programId: string;
  /** A calendar day, YYYY-MM-DD (the date field's value). */
  updatedSince: string;
};

const PARAM = { status: 'statut', programId: 'programme', updatedSince: 'depuis', after: 'apres' } as const;

const isStatus = (value: string): value is SubsidyApplicationStatus =>
  (SUBSIDY_STATUSES as string[]).includes(value);

export function readQueueSearch(params: URLSearchParams): QueueSearch {
  const status = params.get(PARAM.status) ?? '';
  const updatedSince = params.get(PARAM.updatedSince) ?? '';
  return {
    status: isStatus(status) ? status : '',
    programId: params.get(PARAM.programId) ?? '',
    updatedSince: isCalendarDay(updatedSince) ? updatedSince : '',
  };
}

export const readQueueCursor = (params: URLSearchParams): string | undefined =>
  params.get(PARAM.after) ?? undefined;

export function writeQueueSearch(search: QueueSearch, after?: string | null): URLSearchParams {
  const params = new URLSearchParams();
  if (search.status) params.set(PARAM.status, search.status);
  if (search.programId) params.set(PARAM.programId, search.programId);
  if (search.updatedSince) params.set(PARAM.updatedSince, search.updatedSince);
  if (after) params.set(PARAM.after, after);
  return params;
}

export function toQueueFilter(search: QueueSearch): SubsidyApplicationFilter {
  return {
    ...(search.status && { status: search.status }),
    ...(search.programId && { programId: search.programId }),
    ...(search.updatedSince && { updatedSince: parisDayStartsAt(search.updatedSince) }),
  };
}
