import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { retryWithBackoff } from './retry.js';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';

/**
 * Single-item writes that a retry must not repeat, sent as one-item transactions.
 *
 * The SDK sends a request again when its answer is lost (socket reset, timeout). A TransactWriteItems carries a
 * ClientRequestToken that the SDK generates once and reuses on every retry: DynamoDB recognises the replay (for
 * 10 minutes) and answers success without writing again. A plain PutItem/UpdateItem/DeleteItem has no such token:
 * replayed after it committed, its guard (a version, `attribute_not_exists`) fails on the caller's own write, and
 * the caller gets CONFLICT for a write that went through; an unguarded counter update (ADD, `x + 1`) counts twice.
 *
 * So every guarded Put/Delete and every Update goes out as a one-item TransactWriteItems, whatever store sends it:
 * - `ReturnValues: ALL_NEW` (Update) is answered by a strongly consistent GetItem right after the transaction;
 * - a failed guard is thrown as the ConditionalCheckFailedException the stores catch (with `Item` when the write
 *   asked `ReturnValuesOnConditionCheckFailure`), so stores keep their error handling;
 * - a collision with a concurrent transaction on the item (TransactionConflict, which a plain write would have
 *   met as well) is sent again after a short random wait; when it persists, the cancellation is thrown, and the
 *   API answers it as a retryable SERVICE_UNAVAILABLE.
 * Unguarded Put/Delete are idempotent already (same item, same end state) and go out as they are, as do writes
 * asking for old values (ALL_OLD, UPDATED_OLD, UPDATED_NEW), which a transaction cannot return: no store does.
 * Cost: a transactional write consumes 2 WCU per KB instead of 1. docs/reliability.md.
 */

type Send = (command: unknown, options?: unknown) => Promise<unknown>;
type Write = PutCommand | UpdateCommand | DeleteCommand;

const COLLISION_ATTEMPTS = 5;

function transactionItemOf(command: Write) {
  const { TableName, ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } =
    command.input;
  const common = {
    TableName: TableName!,
    ConditionExpression,
    ExpressionAttributeNames,
    ExpressionAttributeValues,
    ReturnValuesOnConditionCheckFailure: command.input.ReturnValuesOnConditionCheckFailure,
  };
  if (command instanceof PutCommand) return { Put: { ...common, Item: command.input.Item! } };
  if (command instanceof DeleteCommand) return { Delete: { ...common, Key: command.input.Key! } };
  return {
    Update: { ...common, Key: command.input.Key!, UpdateExpression: command.input.UpdateExpression! },
  };
}

/** Whether a replay of this write could do harm or answer wrongly, and a transaction can stand in for it. */
function needsTransaction(command: unknown): command is Write {
  if (!(
    command instanceof PutCommand ||
    command instanceof UpdateCommand ||
    command instanceof DeleteCommand
  ))
    return false;
  const input = command.input;
  // Legacy parameters have no transactional form; no store uses them.
  if ('Expected' in input && input.Expected) return false;
  if ('AttributeUpdates' in input && input.AttributeUpdates) return false;
  const returns = input.ReturnValues ?? 'NONE';
  if (command instanceof UpdateCommand)
    return Boolean(command.input.UpdateExpression) && (returns === 'NONE' || returns === 'ALL_NEW');
  return returns === 'NONE' && Boolean(input.ConditionExpression);
}

class Collided extends Error {
  constructor(readonly error: unknown) {
    super('transaction collided');
  }
}

/** A collision with a concurrent transaction is sent again (shared retry policy); after that, the SDK's error. */
function sendAsTransaction(send: Send, command: Write, options: unknown): Promise<unknown> {
  return retryWithBackoff(() => sendOnce(send, command, options), {
    attempts: COLLISION_ATTEMPTS,
    retryOn: (error) => error instanceof Collided,
    exhausted: (last) => (last as Collided).error,
  });
}

async function sendOnce(send: Send, command: Write, options: unknown): Promise<unknown> {
  try {
    const answer = (await send(
      new TransactWriteCommand({ TransactItems: [transactionItemOf(command)] }),
      options,
    )) as { $metadata: unknown };
    if (command instanceof UpdateCommand && command.input.ReturnValues === 'ALL_NEW') {
      const { Item } = (await send(
        new GetCommand({
          TableName: command.input.TableName,
          Key: command.input.Key,
          ConsistentRead: true,
        }),
        options,
      )) as { Item?: Record<string, unknown> };
      return { $metadata: answer.$metadata, Attributes: Item };
    }
    return { $metadata: answer.$metadata };
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reason = error.CancellationReasons?.[0];
    if (reason?.Code === 'ConditionalCheckFailed') {
      throw new ConditionalCheckFailedException({
        message: reason.Message ?? 'The conditional request failed',
        $metadata: error.$metadata,
        ...(reason.Item ? { Item: reason.Item } : {}),
      });
    }
    if (reason?.Code !== 'TransactionConflict') throw error;
    throw new Collided(error);
  }
}

/** Makes `client` send replay-sensitive single-item writes as one-item transactions (see above). */
export function withIdempotentWrites(client: DynamoDBDocumentClient): DynamoDBDocumentClient {
  const send = client.send.bind(client) as Send;
  const idempotentSend: Send = (command, options) =>
    needsTransaction(command) ? sendAsTransaction(send, command, options) : send(command, options);
  (client as unknown as { send: Send }).send = idempotentSend;
  return client;
}
