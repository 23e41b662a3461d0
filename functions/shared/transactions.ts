import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

/**
 * Writes all items or none. When a condition fails, `onConditionFailed` receives the index of the item whose
 * guard failed and returns the domain error to throw; any other failure is rethrown as is.
 */
export async function transactWrite(
  client: DynamoDBDocumentClient,
  items: TransactItems,
  onConditionFailed: (failedIndex: number) => Error,
): Promise<void> {
  try {
    await client.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const index = error.CancellationReasons?.findIndex((r) => r.Code === 'ConditionalCheckFailed') ?? -1;
      if (index >= 0) throw onConditionFailed(index);
    }
    throw error;
  }
}

export type { TransactItems };
