import { describe, expect, it } from 'vitest';
import { createTestApi, manualClock } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  itemsOf,
  ops,
  openProgram,
  registerCompany,
  uniqueId,
} from './support.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');

/** A file submitted with `key`, then sent back to the applicant by the region. */
async function sentBack(key: string) {
  const program = await openProgram(api);
  const { caller: pme } = await registerCompany(api);
  const draft = await createApplication(api, pme, program.id);
  const submitted = dataOf(await o.submit(pme, draft.id, key)).submitSubsidyApplication;
  const back = dataOf(await o.requestCorrection(agent, draft.id, submitted.version)).requestSubsidyCorrection;
  return { pme, program, file: back };
}

describe('a submission key names one submission', () => {
  it('answers CONFLICT in French when the first submission’s key is sent again after a correction request, writing nothing', async () => {
    const key = uniqueId('submit');
    const { pme, program, file } = await sentBack(key);
    expect(file.status).toBe('CORRECTION_REQUESTED');
    const before = await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`);
    const answer = await o.submit(pme, file.id, key);
    expect(codeOf(answer)).toBe('CONFLICT');
    expect(answer.errors![0]!.message).toContain('nouvelle clé');
    expect(await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`)).toEqual(before);
  });

  it('records the resubmission under a new key, and a retry of that key answers the same file', async () => {
    const { pme, file } = await sentBack(uniqueId('submit'));
    const key = uniqueId('resubmit');
    const resubmitted = dataOf(await o.submit(pme, file.id, key)).submitSubsidyApplication;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', version: file.version + 1 });
    const retried = dataOf(await o.submit(pme, file.id, key)).submitSubsidyApplication;
    expect(retried).toMatchObject({ status: 'SUBMITTED', version: resubmitted.version });
    expect(retried.history.filter((h) => h.action === 'SUBMIT')).toHaveLength(2);
  });

  it('answers CONFLICT for the first key once the file was resubmitted with another', async () => {
    const first = uniqueId('submit');
    const { pme, file } = await sentBack(first);
    dataOf(await o.submit(pme, file.id, uniqueId('resubmit')));
    expect(codeOf(await o.submit(pme, file.id, first))).toBe('CONFLICT');
  });

  it('still answers a retry of the current submission after the applicant corrected the submitted file', async () => {
    const program = await openProgram(api);
    const { caller: pme } = await registerCompany(api);
    const draft = await createApplication(api, pme, program.id);
    const key = uniqueId('submit');
    const submitted = dataOf(await o.submit(pme, draft.id, key)).submitSubsidyApplication;
    const updated = dataOf(
      await o.update(
        pme,
        draft.id,
        { projectSummary: 'Vendre en ligne et livrer à domicile.' },
        submitted.version,
      ),
    ).updateSubsidyApplication;
    const retried = dataOf(await o.submit(pme, draft.id, key)).submitSubsidyApplication;
    expect(retried).toMatchObject({ status: 'SUBMITTED', version: updated.version });
  });

  it('answers CONFLICT to concurrent resubmissions that all reuse the first key, and records none', async () => {
    const key = uniqueId('submit');
    const { pme, file } = await sentBack(key);
    const answers = await Promise.all(Array.from({ length: 5 }, () => o.submit(pme, file.id, key)));
    expect(answers.map(codeOf)).toEqual(Array(5).fill('CONFLICT'));
    const read = dataOf(await o.read(pme, file.id)).subsidyApplication!;
    expect(read).toMatchObject({ status: 'CORRECTION_REQUESTED', version: file.version });
  });
});
