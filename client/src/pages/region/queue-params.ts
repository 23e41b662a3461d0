import type { SubsidyApplicationFilter, SubsidyApplicationStatus } from '../../../generated/graphql';
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
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function readQueueSearch(params: URLSearchParams): QueueSearch {
  const status = params.get(PARAM.status) ?? '';
  const updatedSince = params.get(PARAM.updatedSince) ?? '';
  return {
    status: isStatus(status) ? status : '',
    programId: params.get(PARAM.programId) ?? '',
    updatedSince: isDay(updatedSince) ? updatedSince : '',
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

/** "Modifiés depuis le 3 novembre" means from the start of that day, Paris time (the agents' time). */
export function startOfParisDay(day: string): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const parisOffsetMinutes =
    (new Date(utcMidnight.toLocaleString('en-US', { timeZone: 'Europe/Paris' })).getTime() -
      new Date(utcMidnight.toLocaleString('en-US', { timeZone: 'UTC' })).getTime()) /
    60_000;
  return new Date(utcMidnight.getTime() - parisOffsetMinutes * 60_000).toISOString();
}

export function toQueueFilter(search: QueueSearch): SubsidyApplicationFilter {
  return {
    ...(search.status && { status: search.status }),
    ...(search.programId && { programId: search.programId }),
    ...(search.updatedSince && { updatedSince: startOfParisDay(search.updatedSince) }),
  };
}
