import { requireRole, type Viewer } from '../shared/auth.js';
import { badUserInput, conflict, notFound, staleVersion } from '../shared/errors.js';
import { createdOnce, keyedId } from '../shared/client-keys.js';
import { communeByCode } from '../shared/geography.js';
import { newId } from '../shared/identifiers.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
  type Page,
} from '../shared/pagination.js';
import { expectedVersion, parseInput } from '../shared/validation.js';
import {
  eventFilterInput,
  eventIdInput,
  eventInput,
  newsFilterInput,
  newsInput,
  publicationKeyInput,
} from './inputs.js';
import { requirePublisherFor } from './policy.js';
import type { EventRecord, NewsRecord } from './records.js';
import { eventPosition, newsPosition, type EventStore } from './store.js';

export type EventDeps = { viewer: Viewer; now: Date; cursors: CursorCodec; eventStore: EventStore };

function toConnection<T>(
  deps: EventDeps,
  scope: string,
  page: Page<T>,
  position: (n: T) => Record<string, string>,
) {
  return connectionOf(deps.cursors, scope, page, position);
}

/** The event's place: a commune gives its département and region; without one, `regionCode` or national. */
function placeOf(input: { communeCode?: string | null; regionCode?: string | null }) {
  const commune = input.communeCode ? communeByCode(input.communeCode)! : undefined;
  if (commune && input.regionCode && input.regionCode !== commune.regionCode) {
    const message = `La commune ${commune.code} n’est pas dans la région ${input.regionCode}.`;
    throw badUserInput(message, [{ path: ['input', 'regionCode'], message }]);
  }
  const regionCode = commune?.regionCode ?? input.regionCode ?? undefined;
  return {
    ...(commune ? { communeCode: commune.code, departementCode: commune.departementCode } : {}),
    ...(regionCode ? { regionCode } : {}),
  };
}

function eventFields(input: ReturnType<typeof eventInput.parse>) {
  return {
    kind: input.kind,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    startsAt: new Date(input.startsAt).toISOString(),
    ...(input.endsAt ? { endsAt: new Date(input.endsAt).toISOString() } : {}),
    ...(input.placeName ? { placeName: input.placeName } : {}),
    ...placeOf(input),
    online: input.online,
    themes: input.themes,
    ...(input.link ? { link: input.link } : {}),
  };
}

export async function publishEvent(deps: EventDeps, rawArgs: unknown): Promise<EventRecord> {
  requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  const input = parseInput(eventInput, (rawArgs as { input?: unknown }).input, ['input']);
  const { clientKey } = parseInput(publicationKeyInput, rawArgs);
  const fields = eventFields(input);
  const publisher = requirePublisherFor(deps.viewer, fields.regionCode);
  const at = deps.now.toISOString();
  return publishOnce(
    { kind: 'event', publisherSub: publisher.sub, clientKey },
    (id) => deps.eventStore.event(id, true),
    (id): EventRecord => ({
      id,
      ...fields,
      publishedBySub: publisher.sub,
      publishedAt: at,
      updatedAt: at,
      version: 1,
    }),
    (record, keyed) => deps.eventStore.saveEvent(record, undefined, keyed),
  );
}

/**
 * A publication written once per client key (shared/client-keys.ts): its id comes from the publisher and the key, a
 * retry answers what the first call wrote, and a key spent on a publication withdrawn since is refused rather than
 * publishing it again. Without a key, a new id each time.
 */
async function publishOnce<R extends { publishedBySub: string }>(
  keyed: { kind: 'event' | 'news'; publisherSub: string; clientKey: string | null | undefined },
  read: (id: string) => Promise<R | undefined>,
  create: (id: string) => R,
  save: (record: R, keyed: boolean) => Promise<void>,
): Promise<R> {
  const { kind, publisherSub, clientKey } = keyed;
  const id = clientKey ? keyedId(kind, publisherSub, clientKey) : newId();
  // Written by another publisher: the same key chosen by two users cannot give the same id, only a forged id could.
  const earlier = async () => {
    const written = await read(id);
    if (written && written.publishedBySub !== publisherSub)
      throw conflict('Cette clé client a déjà servi : publiez avec une nouvelle clé.');
    return written;
  };
  if (clientKey) {
    const written = await earlier();
    if (written) return written;
  }
  const record = create(id);
  return createdOnce(
    async () => {
      await save(record, Boolean(clientKey));
      return record;
    },
    earlier,
    () =>
      conflict(
        'Cette publication a été retirée depuis : pour la publier de nouveau, envoyez une nouvelle clé.',
      ),
  );
}

async function eventForPublisher(deps: EventDeps, id: string): Promise<EventRecord> {
  const current = await deps.eventStore.event(id);
  if (!current) throw notFound('Événement');
  requirePublisherFor(deps.viewer, current.regionCode);
  return current;
}

export async function updateEvent(deps: EventDeps, rawArgs: unknown): Promise<EventRecord> {
  requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  const { id } = parseInput(eventIdInput, rawArgs);
  const input = parseInput(eventInput, (rawArgs as { input?: unknown }).input, ['input']);
  const version = parseInput(expectedVersion, (rawArgs as { expectedVersion?: unknown }).expectedVersion, [
    'expectedVersion',
  ]);
  const fields = eventFields(input);
  requirePublisherFor(deps.viewer, fields.regionCode);
  const current = await eventForPublisher(deps, id);
  // A form filled from an older read would undo what was changed since; the write is conditioned on the version too.
  if (current.version !== version) throw staleVersion();
  const next: EventRecord = {
    id: current.id,
    ...fields,
    publishedBySub: current.publishedBySub,
    publishedAt: current.publishedAt,
    updatedAt: deps.now.toISOString(),
    version: current.version + 1,
  };
  await deps.eventStore.saveEvent(next, current);
  return next;
}

export async function cancelEvent(deps: EventDeps, rawArgs: unknown): Promise<boolean> {
  const { id } = parseInput(eventIdInput, rawArgs);
  requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  const current = await eventForPublisher(deps, id);
  await deps.eventStore.deleteEvent(current);
  return true;
}

export async function listEvents(
  deps: EventDeps,
  rawFilter: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<EventRecord>> {
  const limit = pageSize(first);
  const filter = parseInput(eventFilterInput, rawFilter, ['filter']) ?? {};
  const from = filter.from ? new Date(filter.from).toISOString() : deps.now.toISOString();
  const to = filter.to ? new Date(filter.to).toISOString() : undefined;
  const place = filter.regionCode ? `REG#${filter.regionCode}` : 'ALL';
  const themes = filter.themes?.length ? [...new Set(filter.themes)].sort() : undefined;
  // `from` defaults to the clock: the cursor's scope holds the explicit filter only, so a page keeps its list.
  const scope = cursorScope('events', { place, from: filter.from ?? null, to: filter.to ?? null, themes });
  const page = await deps.eventStore.eventList(
    place,
    { from, ...(to ? { to } : {}) },
    themes,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, eventPosition);
}

export async function publishNews(deps: EventDeps, rawArgs: unknown): Promise<NewsRecord> {
  requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  const input = parseInput(newsInput, (rawArgs as { input?: unknown }).input, ['input']);
  const { clientKey } = parseInput(publicationKeyInput, rawArgs);
  const publisher = requirePublisherFor(deps.viewer, input.regionCode ?? undefined);
  return publishOnce(
    { kind: 'news', publisherSub: publisher.sub, clientKey },
    (id) => deps.eventStore.news(id, true),
    (id): NewsRecord => ({
      id,
      title: input.title,
      body: input.body,
      ...(input.link ? { link: input.link } : {}),
      ...(input.regionCode ? { regionCode: input.regionCode } : {}),
      themes: input.themes,
      publishedBySub: publisher.sub,
      publishedAt: deps.now.toISOString(),
    }),
    (record, keyed) => deps.eventStore.publishNews(record, keyed),
  );
}

export async function withdrawNews(deps: EventDeps, rawArgs: unknown): Promise<boolean> {
  const { id } = parseInput(eventIdInput, rawArgs);
  requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  const current = await deps.eventStore.news(id);
  if (!current) throw notFound('Actualité');
  requirePublisherFor(deps.viewer, current.regionCode);
  await deps.eventStore.deleteNews(current);
  return true;
}

export async function listNews(
  deps: EventDeps,
  rawFilter: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<NewsRecord>> {
  const limit = pageSize(first);
  const filter = parseInput(newsFilterInput, rawFilter, ['filter']) ?? {};
  const place = filter.regionCode ? `REG#${filter.regionCode}` : 'ALL';
  const themes = filter.themes?.length ? [...new Set(filter.themes)].sort() : undefined;
  const scope = cursorScope('news', { place, themes });
  const page = await deps.eventStore.newsList(
    place,
    themes,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, newsPosition);
}
