import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, uniqueId, type Caller } from '../support/api.js';
import { graphql } from '../generated/gql.js';
import type { EventInput } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

// An event's edit form is filled from one read: it gives back the version it read, and an edit made from an older
// read is refused instead of undoing what someone else changed since.
const api = createTestApi();
const agent: Caller = { role: 'REGION_AGENT', sub: uniqueId('agent'), regionCode: '84' };
const otherAgent: Caller = { role: 'REGION_AGENT', sub: uniqueId('agent'), regionCode: '84' };

const Publish = graphql(`
  mutation EventEditsPublish($input: EventInput!) {
    publishEvent(input: $input) {
      id
      version
    }
  }
`);
const Update = graphql(`
  mutation EventEditsUpdate($id: ID!, $input: EventInput!, $expectedVersion: Int!) {
    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
      title
      version
    }
  }
`);
const Read = graphql(`
  query EventEditsRead($id: ID!) {
    event(id: $id) {
      title
      startsAt
      version
    }
  }
`);

const input = (title: string): EventInput => ({
  kind: 'WORKSHOP',
  title,
  startsAt: '2027-06-15T07:30:00.000Z',
  communeCode: '69123',
  online: false,
  themes: [],
});

async function published() {
  const answer = await typedCall(api, Publish, { input: input('Atelier vente en ligne') }, agent);
  expect(answer.data!.publishEvent.version).toBe(1);
  return answer.data!.publishEvent.id;
}

describe('editing an event', () => {
  it('refuses an edit from an older read with CONFLICT, and keeps the newer edit', async () => {
    const id = await published();
    const first = await typedCall(
      api,
      Update,
      { id, input: input('Atelier du matin'), expectedVersion: 1 },
      agent,
    );
    expect(first.data!.updateEvent).toEqual({ title: 'Atelier du matin', version: 2 });

    const stale = await typedCall(
      api,
      Update,
      { id, input: input('Atelier du soir'), expectedVersion: 1 },
      otherAgent,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const read = await typedCall(api, Read, { id });
    expect(read.data!.event).toMatchObject({ title: 'Atelier du matin', version: 2 });
  });

  it('lets one of two edits from the same read through when they are sent at once', async () => {
    const id = await published();
    const answers = await Promise.all(
      ['Atelier A', 'Atelier B', 'Atelier C'].map((title, i) =>
        typedCall(api, Update, { id, input: input(title), expectedVersion: 1 }, i % 2 ? otherAgent : agent),
      ),
    );
    const won = answers.filter((a) => a.data?.updateEvent);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => codeOf(a) === 'CONFLICT')).toHaveLength(2);
    const read = await typedCall(api, Read, { id });
    expect(read.data!.event).toEqual({
      title: won[0]!.data!.updateEvent.title,
      startsAt: '2027-06-15T07:30:00.000Z',
      version: 2,
    });
  });

  it('refuses a version that is not a positive integer, at expectedVersion', async () => {
    const id = await published();
    const answer = await typedCall(api, Update, { id, input: input('Atelier'), expectedVersion: 0 }, agent);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.extensions!.fields).toContainEqual(
      expect.objectContaining({ path: ['expectedVersion'] }),
    );
    expect((await typedCall(api, Read, { id })).data!.event!.version).toBe(1);
  });
});
