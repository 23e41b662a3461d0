import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { ConnecteurRecord, LabelRequestRecord } from './records.js';

/**
 * The card: what a search result shows of a connecteur, copied into its themed search entries so that a search page
 * is one Query, without reading the 50 profiles (docs/data-model.md, "Connecteurs"; docs/performance.md, "Fourth
 * pass"). Only the profile's public fields the searches ask for; the label history without what a card never shows
 * (ids, dates of the procedure, reasons, moderators): the tier, the label's validity and wave, the pending request and
 * the history's statuses derive from it as from the profile.
 */
export type CardLabel = Pick<LabelRequestRecord, 'status' | 'validUntil' | 'expiresAt' | 'wave'>;

export type ConnecteurCard = Pick<
  ConnecteurRecord,
  | 'displayName'
  | 'kind'
  | 'structureType'
  | 'communeCode'
  | 'departementCode'
  | 'regionCode'
  | 'departementsServed'
  | 'themes'
  | 'acceptsNewPmes'
  | 'website'
> & { labelHistory: CardLabel[] };

export function cardOf(c: ConnecteurRecord): ConnecteurCard {
  return {
    displayName: c.displayName,
    kind: c.kind,
    structureType: c.structureType,
    communeCode: c.communeCode,
    departementCode: c.departementCode,
    regionCode: c.regionCode,
    departementsServed: c.departementsServed,
    themes: c.themes,
    acceptsNewPmes: c.acceptsNewPmes,
    ...(c.website ? { website: c.website } : {}),
    labelHistory: c.labelHistory.map((r) => ({
      status: r.status,
      ...(r.validUntil ? { validUntil: r.validUntil } : {}),
      ...(r.expiresAt ? { expiresAt: r.expiresAt } : {}),
      ...(r.wave ? { wave: r.wave } : {}),
    })),
  };
}

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = (x, y) => x === y) =>
  a.length === b.length && a.every((x, i) => same(x, b[i]!));

const sameLabel = (a: CardLabel, b: CardLabel) =>
  a.status === b.status && a.validUntil === b.validUntil && a.expiresAt === b.expiresAt && a.wave === b.wave;

/** Field by field: a card read back from the table has its map's keys in another order. */
export const sameCard = (a: ConnecteurCard | undefined, b: ConnecteurCard | undefined): boolean =>
  a === undefined || b === undefined
    ? a === b
    : a.displayName === b.displayName &&
      a.kind === b.kind &&
      a.structureType === b.structureType &&
      a.communeCode === b.communeCode &&
      a.departementCode === b.departementCode &&
      a.regionCode === b.regionCode &&
      sameList(a.departementsServed, b.departementsServed) &&
      sameList(a.themes, b.themes) &&
      a.acceptsNewPmes === b.acceptsNewPmes &&
      a.website === b.website &&
      sameList(a.labelHistory, b.labelHistory, sameLabel);

/**
 * The card as stored: one string attribute holding its JSON. DynamoDB bills about the same bytes as a map, but the
 * SDK then converts one value per entry instead of about forty (the lists and the label history), and `JSON.parse`
 * builds the card at a fraction of that cost (docs/performance.md, "Fourth pass").
 */
export const packedCard = (card: ConnecteurCard): string => JSON.stringify(card);

/** A stored card read back; entries written before cards existed have none (the search then reads the profile). */
export function storedCard(value: unknown): ConnecteurCard | undefined {
  if (typeof value !== 'string') return undefined;
  const card = JSON.parse(value) as ConnecteurCard;
  return Array.isArray(card.labelHistory) ? card : undefined;
}

/**
 * The node a search answers from a card. It lacks what the card does not carry (e-mail, capital links, the label
 * procedure's ids and dates, the profile's own dates): the search answers from cards only when the caller's document
 * asks for nothing else (`answeredByCards`), and reads the profiles otherwise.
 */
export const nodeOfCard = (id: string, card: ConnecteurCard): ConnecteurRecord =>
  ({ id, ...card }) as unknown as ConnecteurRecord;

/** A selection the card answers: each field allowed, with the shape allowed under it (`true`: anything). */
type Shape = { readonly [field: string]: Shape | true };

const LABEL: Shape = {
  __typename: true,
  status: true,
  validUntil: true,
  expiresAt: true,
  wave: true,
  isValid: true,
};
const NODE: Shape = {
  __typename: true,
  id: true,
  displayName: true,
  kind: true,
  structureType: true,
  communeCode: true,
  departementCode: true,
  regionCode: true,
  departementsServed: true,
  themes: true,
  acceptsNewPmes: true,
  website: true,
  tier: true,
  isLabelled: true,
  labelValidUntil: true,
  labelWave: true,
  hasPendingLabelRequest: true,
  labelHistory: LABEL,
};
const CONNECTION: Shape = {
  __typename: true,
  edges: { __typename: true, cursor: true, node: NODE },
  pageInfo: true,
};

type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

function covered(info: Selection, set: SelectionSetNode | undefined, shape: Shape): boolean {
  return (set?.selections ?? []).every((s) => {
    if (s.kind === 'InlineFragment') return covered(info, s.selectionSet, shape);
    if (s.kind === 'FragmentSpread')
      return covered(info, info.fragments?.[s.name.value]?.selectionSet, shape);
    const allowed = Object.hasOwn(shape, s.name.value) ? shape[s.name.value] : undefined;
    return allowed === true || (allowed !== undefined && covered(info, s.selectionSet, allowed));
  });
}

/** Per parsed document (its field node): the answer depends on the document only. */
const decided = new WeakMap<object, boolean>();

/**
 * Whether the caller's document asks of the search's nodes only what their cards carry (fragments included; a field
 * under `@include`/`@skip` counts as asked). Anything else (an e-mail, a reason, a date) reads the profiles.
 */
export function answeredByCards(info: Selection): boolean {
  const key = info.fieldNodes[0];
  const known = key ? decided.get(key) : undefined;
  if (known !== undefined) return known;
  const answer = info.fieldNodes.every((node) => covered(info, node.selectionSet, CONNECTION));
  if (key) decided.set(key, answer);
  return answer;
}
