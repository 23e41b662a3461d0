import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { signedInForEachTest } from './support/session';
import '../../client/src/dsfr';
import { ActionPlan } from '../../client/src/pages/connecteur/ActionPlan';
import { MeetingNotes } from '../../client/src/pages/connecteur/MeetingNotes';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { lostAnswer, stubGraphqlFetch, type Call } from './support/graphql-fetch';

/** The API: each call recorded; the first answer of each operation is lost (a network failure), the others succeed. */
const stubApi = (answers: Record<string, object>) =>
  stubGraphqlFetch(({ operation }, nth) => {
    if (nth === 1) throw lostAnswer();
    return answers[operation]!;
  });

const keysOf = (calls: Call[]) => calls.map((c) => c.variables.clientKey);

/** Submits the form and waits for its answer (the button is enabled again once the call has been made). */
async function submit(button: HTMLElement, calls: Call[]) {
  const before = calls.length;
  fireEvent.click(button);
  await vi.waitFor(() => {
    expect(calls).toHaveLength(before + 1);
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });
}

signedInForEachTest({
  token: 'token-connecteur',
  label: 'Léa Garcia',
  role: 'CONNECTEUR',
  sub: 'demo-connecteur-001',
});

describe('the connecteur’s follow-up forms', () => {
  it('send a meeting note again with the same key after a lost answer, and a new key for the next note', async () => {
    const calls = stubApi({ ConnecteurAddMeetingNote: { data: { addMeetingNote: { id: 'note-1' } } } });
    const onAdded = vi.fn();
    render(
      <MemoryRouter>
        <SessionProvider>
          <MeetingNotes companyId="co-1" notes={[]} onAdded={onAdded} />
        </SessionProvider>
      </MemoryRouter>,
    );
    fireEvent.change(screen.getByLabelText('Date du rendez-vous'), { target: { value: '2026-11-20' } });
    const save = screen.getByRole('button', { name: 'Enregistrer la note' });
    for (const text of ['Premier rendez-vous.', 'Premier rendez-vous.', 'Second rendez-vous.']) {
      fireEvent.change(screen.getByLabelText('Compte rendu'), { target: { value: text } });
      await submit(save, calls);
    }
    await vi.waitFor(() => expect(onAdded).toHaveBeenCalledTimes(2));
    const [lost, retry, next] = keysOf(calls);
    expect(lost).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(retry).toBe(lost);
    expect(next).not.toBe(lost);
  });

  it('send an action item again with the same key after a lost answer, and a new key for the next item', async () => {
    const calls = stubApi({ ConnecteurAddActionItem: { data: { addActionItem: { id: 'item-1' } } } });
    const onChanged = vi.fn();
    render(
      <MemoryRouter>
        <SessionProvider>
          <ActionPlan companyId="co-1" items={[]} onChanged={onChanged} />
        </SessionProvider>
      </MemoryRouter>,
    );
    const add = screen.getByRole('button', { name: 'Ajouter l’action' });
    for (const title of ['Former l’équipe', 'Former l’équipe', 'Refaire le site']) {
      fireEvent.change(screen.getByLabelText('Intitulé de l’action'), { target: { value: title } });
      await submit(add, calls);
    }
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    const [lost, retry, next] = keysOf(calls);
    expect(lost).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(retry).toBe(lost);
    expect(next).not.toBe(lost);
  });
});
