import { connecteurIdOf } from '../shared/caller.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { badUserInput } from '../shared/errors.js';
import { allRegions, regionByCode } from '../shared/geography.js';
import { labelsValidAt, medianHours, NATIONAL, rate } from './counters.js';
import type { IndicatorPeers } from './peers.js';
import type { IndicatorStore } from './store.js';

export type IndicatorDeps = {
  viewer: Viewer;
  now: Date;
  indicatorStore: IndicatorStore;
  indicatorPeers: IndicatorPeers;
};

const n = (counters: Record<string, number>, name: string) => counters[name] ?? 0;

export async function connecteurDashboard(deps: IndicatorDeps) {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const id = connecteurIdOf(viewer.sub);
  const [counters, lateRequests] = await Promise.all([
    deps.indicatorStore.getMany([{ kind: 'connecteur', id }]).then((m) => [...m.values()][0] ?? {}),
    deps.indicatorPeers.lateRequests(id, deps.now),
  ]);
  const received = n(counters, 'requestsReceived');
  return {
    followedCompanies: n(counters, 'followedCompanies'),
    requestsReceived: received,
    pendingRequests: n(counters, 'requestsPending'),
    lateRequests,
    medianFirstAnswerHours: medianHours(counters),
    takeUpRate: rate(n(counters, 'requestsTakenUp'), received),
    responseRate: rate(n(counters, 'requestsFirstAnswered'), received),
    appointmentsBooked: n(counters, 'appointmentsBooked'),
    appointmentsHeld: n(counters, 'appointmentsHeld'),
  };
}

export async function programmeIndicators(deps: IndicatorDeps, regionCode: string | null | undefined) {
  requireRole(deps.viewer, 'MODERATOR');
  if (regionCode && regionCode !== NATIONAL && !regionByCode(regionCode))
    throw badUserInput(`Région inconnue : ${regionCode}.`, [
      { path: ['regionCode'], message: 'Code INSEE de région attendu.' },
    ]);
  const codes = regionCode ? [regionCode] : [NATIONAL, ...allRegions().map((r) => r.code)];
  const counters = await deps.indicatorStore.getMany(codes.map((code) => ({ kind: 'region', code })));
  return codes.map((code) => {
    const c = counters.get(`region:${code}`) ?? {};
    const requests = n(c, 'contactRequests');
    const feedback = n(c, 'feedbackGiven');
    return {
      regionCode: code,
      regionName: code === NATIONAL ? 'France entière' : (regionByCode(code)?.name ?? code),
      diagnosticsDone: n(c, 'diagnosticsDone'),
      contactNeeds: n(c, 'contactNeeds'),
      contactRequests: requests,
      requestsByStatus: deps.indicatorPeers.requestStatuses.map((status) => ({
        status,
        count: n(c, `requests_${status}`),
      })),
      takeUpRate: rate(n(c, 'requestsTakenUp'), requests),
      responseRate: rate(n(c, 'requestsFirstAnswered'), requests),
      medianFirstAnswerHours: medianHours(c),
      feedbackGiven: feedback,
      contactedRate: rate(n(c, 'feedbackContacted'), feedback),
      usefulRate: rate(n(c, 'feedbackUseful'), feedback),
      appointmentsBooked: n(c, 'appointmentsBooked'),
      appointmentsHeld: n(c, 'appointmentsHeld'),
      appointmentsNoShow: n(c, 'appointmentsNoShow'),
      followsActive: n(c, 'followsActive'),
      connecteursDeclared: n(c, 'connecteursDeclared'),
      connecteursLabelled: labelsValidAt(c, deps.now),
    };
  });
}
