import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import { validLabel } from '../connecteurs/index.js';
import { badUserInput, forbidden, rateLimited } from '../shared/errors.js';

/**
 * Leads (companies that consented to be contacted) are personal-ish business data: only labelled connecteurs read
 * them, within the départements they serve, at most this many pages an hour (issue #11).
 */
export const LEADS_READS_PER_HOUR = 30;

export function requireLabelledForLeads(connecteur: ConnecteurRecord, now: Date): void {
  if (!validLabel(connecteur, now))
    throw forbidden(
      'Les pistes (entreprises ayant accepté d’être contactées) sont réservées aux connecteurs labellisés : demandez le label.',
    );
}

/** A lead position is a company id and its diagnostic instant; anything else in a cursor is refused. */
const COMPANY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

export function checkLeadPosition(position: Record<string, string>): Record<string, string> {
  const id = position.id ?? '';
  const [at, companyId, ...rest] = (position.sk ?? '').split('#');
  if (!COMPANY_ID.test(id) || !INSTANT.test(at ?? '') || companyId !== id || rest.length > 0)
    throw badUserInput('Curseur de pagination invalide.', [
      { path: ['after'], message: 'Curseur invalide.' },
    ]);
  return position;
}

// One counter item per connecteur and hour (UTC), gone a day later (TTL).
const readsKey = (connecteurId: string, hour: string) => ({ PK: `LEADREADS#${connecteurId}`, SK: hour });

/** Counts one read of leads, refused past the hourly allowance: the condition makes it exact under concurrency. */
export async function countLeadsRead(
  db: DynamoDBDocumentClient,
  tableName: string,
  connecteurId: string,
  now: Date,
): Promise<void> {
  const hour = now.toISOString().slice(0, 13);
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: readsKey(connecteurId, hour),
        UpdateExpression: 'ADD #reads :one SET #ttl = if_not_exists(#ttl, :ttl)',
        ConditionExpression: 'attribute_not_exists(#reads) OR #reads < :max',
        ExpressionAttributeNames: { '#reads': 'reads', '#ttl': 'ttl' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':max': LEADS_READS_PER_HOUR,
          ':ttl': Math.floor(now.getTime() / 1000) + 24 * 3600,
        },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException)
      throw rateLimited(
        `Vous avez consulté les pistes ${LEADS_READS_PER_HOUR} fois cette heure-ci : réessayez à l’heure suivante.`,
      );
    throw error;
  }
}
