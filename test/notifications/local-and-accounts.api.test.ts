import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessTokenClaims } from '../../functions/auth/pre-token-generation.js';
import { fileTransport, NotificationStore, unsubscribeToken } from '../../functions/notifications/index.js';
import { processRequestTally } from '../../functions/shared/dynamo.js';
import { createGraphqlHandler } from '../../functions/graphql/server.js';
import { createLocalServer } from '../../scripts/local/http-adapter.js';
import { createTestApi, testConfig, testDb, uniqueId } from '../support/api.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

const mailDir = mkdtempSync(join(tmpdir(), 'cc-devmails-'));
const store = new NotificationStore(testDb(), inject('tableName'));
const SECRET = 'local-unsubscribe-test';
const server = createLocalServer(createGraphqlHandler({ config: testConfig() }), {
  mail: { mailDir, store, unsubscribeSecret: SECRET },
});
let base: string;
const Viewer = graphql(`
  query NotificationsLocalViewer {
    viewer {
      sub
    }
  }
`);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const mail = (id: string, subject: string) => ({
  id,
  notificationId: `n-${id}`,
  from: 'Croissance connectée <n@cc.test>',
  to: 'pme@exemple.test',
  subject,
  text: `Texte ${subject}`,
  html: `<p>${subject}</p>`,
});

describe('the local e-mails (GET /dev/mails)', () => {
  it('lists the e-mails written to the mail folder, newest first, and shows each one', async () => {
    const files = fileTransport(mailDir);
    await files.send(mail('older', 'Premier'), new Date('2026-12-04T08:00:00Z'));
    await files.send(mail('newer', 'Second'), new Date('2026-12-04T09:00:00Z'));
    const list = await fetch(`${base}/dev/mails`);
    expect(list.headers.get('content-type')).toContain('application/json');
    expect(await list.json()).toEqual([
      {
        id: 'newer',
        to: 'pme@exemple.test',
        subject: 'Second',
        text: 'Texte Second',
        html: '<p>Second</p>',
        sentAt: '2026-12-04T09:00:00.000Z',
        notificationId: 'n-newer',
      },
      {
        id: 'older',
        to: 'pme@exemple.test',
        subject: 'Premier',
        text: 'Texte Premier',
        html: '<p>Premier</p>',
        sentAt: '2026-12-04T08:00:00.000Z',
        notificationId: 'n-older',
      },
    ]);
    const one = await fetch(`${base}/dev/mails/newer`);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await one.text()).toBe('<p>Second</p>');
    expect((await fetch(`${base}/dev/mails/absent`)).status).toBe(404);
    expect((await fetch(`${base}/dev/mails/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it('answers the one-click unsubscribe POST of a mail client (RFC 8058), without a token of the API', async () => {
    const sub = uniqueId('pme');
    await store.recordAccount({
      sub,
      role: 'PME',
      email: `${sub}@exemple.test`,
      seenAt: new Date().toISOString(),
    });
    const link = `${base}/desabonnement?t=${encodeURIComponent(unsubscribeToken(SECRET, sub, 'FOLLOW'))}`;
    expect((await fetch(link)).status).toBe(200);
    expect((await store.accounts([sub]))[0]!.preferences).toBeUndefined();
    const posted = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect((await store.accounts([sub]))[0]!.preferences).toEqual({
      FOLLOW: { email: false, digest: false },
    });
    const forged = `${base}/desabonnement?t=${encodeURIComponent(unsubscribeToken('guess', sub, 'APPOINTMENT'))}`;
    expect((await fetch(forged, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(400);
  });
});

describe('the accounts directory', () => {
  const api = createTestApi();

  it('records an account from its token once per instance, with its verified address, role and region', async () => {
    const agent = {
      role: 'REGION_AGENT' as const,
      sub: uniqueId('agent'),
      regionCode: '84',
      email: 'Agent@Region.test',
    };
    const updates = () => processRequestTally().total;
    const before = updates();
    for (let i = 0; i < 3; i++) expect((await typedCall(api, Viewer, {}, agent)).errors).toBeUndefined();
    expect(updates() - before).toBe(1);
    expect((await store.accounts([agent.sub]))[0]).toMatchObject({
      sub: agent.sub,
      role: 'REGION_AGENT',
      regionCode: '84',
      email: 'agent@region.test',
    });
    expect(await store.agentsOf('84')).toContain(agent.sub);
    expect(await store.agentsOf('53')).not.toContain(agent.sub);
  });

  it('on AWS, the token carries the e-mail only once Cognito verified it', () => {
    expect(accessTokenClaims({ email: 'Marie@Exemple.fr', email_verified: 'true' })).toEqual({
      cc_email: 'marie@exemple.fr',
    });
    expect(accessTokenClaims({ email: 'marie@exemple.fr', email_verified: 'false' })).toEqual({});
    expect(accessTokenClaims({ email: 'pas une adresse', email_verified: 'true' })).toEqual({});
  });
});
