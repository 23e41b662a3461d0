import { GRAPHQL_MEMORY_MB } from '../infra/stack.js';

/**
 * AWS list prices in eu-west-3 (Paris), USD, as read on 2026-12-04 (Lambda arm64, DynamoDB on-demand Standard
 * table class, after the November 2024 on-demand price cut). Written once here: update them with their date.
 */
export const PRICES = {
  date: '2026-12-04',
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  dynamoPerMillionReadUnits: 0.1475,
  dynamoPerMillionWriteUnits: 0.7375,
} as const;

/**
 * Cost of one million operations: the Lambda's billed duration (each call rounded up to the millisecond, at the
 * stack's memory size), its requests, and the DynamoDB read and write request units one call consumed.
 */
export function costPerMillion(op: { billedMs: number; readUnits: number; writeUnits: number }) {
  const lambda =
    (op.billedMs / 1000) * (GRAPHQL_MEMORY_MB / 1024) * PRICES.lambdaArmPerGbSecond * 1e6 +
    PRICES.lambdaPerMillionRequests;
  const dynamo =
    op.readUnits * PRICES.dynamoPerMillionReadUnits + op.writeUnits * PRICES.dynamoPerMillionWriteUnits;
  return { lambda, dynamo, total: lambda + dynamo };
}
