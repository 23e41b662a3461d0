import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';
import { describe, expect, it } from 'vitest';
import { runLoad } from '../../scripts/load/run.js';

// A short `npm run load`: the platform as `npm start` runs it, virtual users of every role for a few seconds,
// then the reconciliation audit of its table. No internal error answered, no drift. (The soak is the command.)
describe('a short load run', () => {
  it('answers no internal error and leaves every counter and ledger equal to its items', async () => {
    const lines: string[] = [];
    const { load, audit } = await runLoad({
      seconds: Number(process.env.LOAD_TEST_SECONDS ?? 6),
      users: 8,
      dynamoEndpoint: workerDynamoEndpoint(),
      out: (line) => lines.push(line),
    });
    const report = lines.join('\n');
    expect(load.errors.INTERNAL_SERVER_ERROR, report).toBeUndefined();
    expect(load.errors.NETWORK_ERROR, report).toBeUndefined();
    expect(load.total, report).toBeGreaterThan(100);
    const counted = new Set(load.operations.map((o) => o.name));
    for (const operation of ['sendContactRequest', 'submitSubsidyApplication', 'publishAppointmentSlots'])
      expect(counted, report).toContain(operation);
    expect(audit.drifts, report).toEqual([]);
  }, 300_000);
});
