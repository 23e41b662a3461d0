import { afterAll, expect } from 'vitest';
import { processRequestTally } from '../../functions/shared/dynamo.js';

// No request path may scan the table: every test file ends by checking what its DynamoDB client sent.
afterAll(() => {
  expect(processRequestTally().byCommand.ScanCommand ?? 0, 'a Scan was sent to DynamoDB').toBe(0);
});
