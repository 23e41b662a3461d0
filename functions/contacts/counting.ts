import {
  firstAnswerBucket,
  forConnecteur,
  regionAndNation,
  type CounterChange,
} from '../indicators/index.js';
import type { ContactFeedbackRecord, ContactRequestRecord } from './records.js';

const HOUR = 3600_000;
const statusCounter = (status: ContactRequestRecord['status']) => `requests_${status}`;

/** The counters a new or moved request changes: per region (and nationally) and for the addressed connecteur. */
export function requestCounterChanges(
  previous: ContactRequestRecord | undefined,
  next: ContactRequestRecord,
): CounterChange[] {
  const region: Record<string, number> = {};
  const connecteur: Record<string, number> = {};
  const bump = (counters: Record<string, number>, name: string, by = 1) =>
    (counters[name] = (counters[name] ?? 0) + by);
  if (!previous) {
    bump(region, 'contactRequests');
    bump(connecteur, 'requestsReceived');
  } else {
    bump(region, statusCounter(previous.status), -1);
    if (previous.status === 'PENDING') bump(connecteur, 'requestsPending', -1);
  }
  bump(region, statusCounter(next.status));
  if (next.status === 'PENDING') bump(connecteur, 'requestsPending');
  if (next.firstAnsweredAt && !previous?.firstAnsweredAt) {
    const bucket = firstAnswerBucket((Date.parse(next.firstAnsweredAt) - Date.parse(next.createdAt)) / HOUR);
    for (const counters of [region, connecteur]) {
      bump(counters, 'requestsFirstAnswered');
      bump(counters, bucket);
    }
  }
  if (next.takenUpAt && !previous?.takenUpAt) {
    bump(region, 'requestsTakenUp');
    bump(connecteur, 'requestsTakenUp');
  }
  return [...regionAndNation(next.regionCode, region), forConnecteur(next.connecteurId, connecteur)];
}

/** Satisfaction, asked once a request is closed. */
export function feedbackCounterChanges(regionCode: string, feedback: ContactFeedbackRecord): CounterChange[] {
  return regionAndNation(regionCode, {
    feedbackGiven: 1,
    feedbackContacted: feedback.contacted ? 1 : 0,
    feedbackUseful: feedback.useful ? 1 : 0,
  });
}
