// The cold-start floor: a Lambda handler that only reads one item, its client configured by the environment as
// Lambda's is (region, credentials; the endpoint from AWS_ENDPOINT_URL_DYNAMODB in the bench).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async () => {
  const { Item } = await db.send(
    new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: 'META#BENCH', SK: 'probe' } }),
  );
  return { statusCode: 200, body: JSON.stringify({ found: Boolean(Item) }) };
};
