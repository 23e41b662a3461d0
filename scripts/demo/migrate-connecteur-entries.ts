// The connecteurs' search-entry migration (`refreshConnecteurSearchEntries`) run once by hand on one table: the demo
// seed runs it by its markers, this runs it on any other table (AWS after a deploy, the bench's data folder).
//   DYNAMODB_ENDPOINT=http://localhost:8000 TABLE_NAME=… tsx scripts/demo/migrate-connecteur-entries.ts
//   DATA_DIR=/dev/shm/croissance-connectee-bench TABLE_NAME=croissance-connectee-bench tsx scripts/demo/…
//     (starts DynamoDB Local on that folder; the bench's 10× table is `croissance-connectee-bench-10x`)
//   CC_ENV=aws AWS_REGION=eu-west-3 TABLE_NAME=… tsx scripts/demo/…   (the environment's AWS credentials)
import { createStores } from '../../functions/graphql/context.js';
import { createDocumentClient } from '../../functions/shared/dynamo.js';
import { startDynamoDbLocal } from '../local/dynamodb-local.js';
import { refreshConnecteurSearchEntries } from './connecteur-search-entries.js';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is required');
const local = process.env.DATA_DIR ? await startDynamoDbLocal({ dataDir: process.env.DATA_DIR }) : undefined;
try {
  const db = createDocumentClient({
    awsRegion: process.env.AWS_REGION || 'eu-west-3',
    dynamoEndpoint: local?.endpoint ?? process.env.DYNAMODB_ENDPOINT,
    // A scan of every profile: long requests on a loaded DynamoDB Local are not the request path's.
    dynamoClient: { requestTimeoutMs: 120_000 },
  });
  const started = performance.now();
  const written = await refreshConnecteurSearchEntries(
    db,
    tableName,
    createStores(db, tableName).connecteurStore,
    new Date(),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`${tableName}: ${written} search entries put or deleted in ${seconds} s`);
} finally {
  await local?.stop();
}
