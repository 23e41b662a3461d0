import { join } from 'node:path';
import type { DynamoClientSettings } from './retry-budget.js';

/** Everything the handler reads from its environment, read once per container. */
export type AppConfig = {
  /** `aws`: Cognito tokens only, no introspection. `local`: development tokens. */
  env: 'local' | 'aws';
  tableName: string;
  /** DynamoDB endpoint override (DynamoDB Local); absent on AWS. */
  dynamoEndpoint?: string;
  awsRegion: string;
  /** Integrity key of pagination cursors. */
  cursorSecret: string;
  devTokenSecret?: string;
  cognito?: { userPoolId: string; clientId: string };
  /** AWS: the private bucket of quotes and invoices (infra/documents.ts). */
  documentsBucket?: string;
  /** Local: the folder of quotes and invoices (default `$DATA_DIR/documents`). */
  documentsDir?: string;
  /** Timeouts and attempts of the DynamoDB client, when not the defaults of retry-budget.ts (tests). */
  dynamoClient?: Partial<DynamoClientSettings>;
};

export const DEFAULT_TABLE_NAME = 'croissance-connectee';
/** Public on purpose: it signs local development tokens only and is refused on AWS. */
export const DEV_TOKEN_SECRET = 'croissance-connectee-development-key';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const tableName = env.TABLE_NAME || DEFAULT_TABLE_NAME;
  const awsRegion = env.AWS_REGION || 'eu-west-3';
  if (env.CC_ENV === 'aws') {
    const {
      COGNITO_USER_POOL_ID: userPoolId,
      COGNITO_CLIENT_ID: clientId,
      CURSOR_SECRET: cursorSecret,
    } = env;
    if (!userPoolId || !clientId || !cursorSecret) {
      throw new Error('CC_ENV=aws requires COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID and CURSOR_SECRET');
    }
    return {
      env: 'aws',
      tableName,
      awsRegion,
      cursorSecret,
      cognito: { userPoolId, clientId },
      documentsBucket: env.DOCUMENTS_BUCKET || undefined,
    };
  }
  return {
    env: 'local',
    tableName,
    awsRegion,
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    cursorSecret: env.CURSOR_SECRET || 'croissance-connectee-local-cursors',
    devTokenSecret: env.DEV_TOKEN_SECRET || DEV_TOKEN_SECRET,
    documentsDir: join(env.DATA_DIR || '.data', 'documents'),
  };
}
