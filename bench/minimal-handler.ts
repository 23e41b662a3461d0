// The cold-start floor: a Lambda handler that only reads one item.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const db = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'eu-west-3',
    endpoint: process.env.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
);

export const handler = async () => {
  const { Item } = await db.send(
    new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: 'META#BENCH', SK: 'probe' } }),
  );
  return { statusCode: 200, body: JSON.stringify({ found: Boolean(Item) }) };
};
