import { GRAPHQL_MEMORY_MB } from '../infra/stack.js';

/**
 * AWS list prices in eu-west-3 (Paris), USD: Lambda arm64 (first duration tier), DynamoDB on-demand, Standard table
 * class. Written once here: update them with their date.
 *
 * Checked on 2026-12-04 (docs/performance.md, "Prices"): the Paris figures themselves could NOT be confirmed from a
 * stored source. AWS's pricing pages render the per-region tables in the browser; their stored text only gives
 * US East examples. What was confirmed, for US East (N. Virginia):
 * - Lambda arm64 $0.0000133334 per GB-s (first 7.5 billion GB-s a month) and $0.20 per million requests
 *   (https://aws.amazon.com/lambda/pricing/, https://cloudchipr.com/blog/aws-lambda-pricing);
 * - DynamoDB on demand $0.125 per million read and $0.625 per million write request units
 *   (https://airbyte.com/data-engineering-resources/dynamodb-pricing, after the November 2024 price cut).
 * The Lambda figures below are US East's, which Paris is believed to share; the DynamoDB ones are US East's plus
 * 18 % (written from memory for Paris). Read the AWS Price List (`aws pricing get-products`, region eu-west-3, or
 * https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonDynamoDB/current/eu-west-3/index.json) before
 * quoting a cost in euros to anyone.
 */
export const PRICES = {
  date: '2026-12-04',
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  dynamoPerMillionReadUnits: 0.1475,
  dynamoPerMillionWriteUnits: 0.7375,
  /** SES outbound e-mail, every region. */
  sesPerThousandEmails: 0.1,
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
