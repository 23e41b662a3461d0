import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DEFAULT_TABLE_NAME } from '../shared/config.js';
import { createDocumentClient } from '../shared/dynamo.js';
import { notifierConfigFromEnv } from './config.js';
import { NotificationStore } from './store.js';
import { handleUnsubscribe } from './unsubscribe.js';

// Created once per container.
const store = new NotificationStore(
  createDocumentClient({ awsRegion: process.env.AWS_REGION || 'eu-west-3' }),
  process.env.NOTIFIER_TABLE_NAME || DEFAULT_TABLE_NAME,
);
const secret = notifierConfigFromEnv().unsubscribeSecret;

/** AWS Lambda entry point: GET and POST of the one-click unsubscribe link (HTTP API, payload v2). */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const answer = await handleUnsubscribe(
    { store, secret },
    { method: event.requestContext.http.method, token: event.queryStringParameters?.t },
  );
  return { statusCode: answer.status, headers: answer.headers, body: answer.body };
};
