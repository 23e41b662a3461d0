import { describe, expect, it } from 'vitest';
import { judgeQuestion, questionsInput, type ProgramQuestion } from '../../functions/subsidies/questions.js';

const surface: ProgramQuestion = {
  id: 'surface',
  label: 'Superficie commerciale, en m²',
  kind: 'NUMBER',
  required: true,
  min: 0,
  max: 200,
  unit: 'm²',
};
const days: ProgramQuestion = {
  id: 'jours',
  label: 'Durée, en jours',
  kind: 'NUMBER',
  required: true,
  max: 5,
};
const consulting: ProgramQuestion = {
  id: 'conseil',
  label: 'Une étape de conseil a-t-elle été menée ?',
  kind: 'YES_NO',
  required: true,
  requiredAnswer: true,
};
const noWeb: ProgramQuestion = {
  id: 'site',
  label: 'Présence web actuelle',
  kind: 'CHOICE',
  required: true,
  choices: ['Aucune', 'Site vitrine', 'Boutique en ligne'],
  acceptedChoices: ['Aucune', 'Site vitrine'],
};
const optional: ProgramQuestion = { ...days, id: 'facultative', required: false };

describe('a programme question judged against its answer', () => {
  it.each([
    [surface, { number: 0 }, true],
    [surface, { number: 199.5 }, true],
    [surface, { number: 200 }, true],
    [surface, { number: 200.01 }, false],
    [surface, { number: -1 }, false],
    [days, { number: 5 }, true],
    [days, { number: 5.5 }, false],
    [days, { number: 6 }, false],
    [consulting, { yes: true }, true],
    [consulting, { yes: false }, false],
    [noWeb, { choice: 'Aucune' }, true],
    [noWeb, { choice: 'Site vitrine' }, true],
    [noWeb, { choice: 'Boutique en ligne' }, false],
    [noWeb, { choice: 'Réponse inventée' }, false],
    // An answer of another kind is no answer.
    [days, { yes: true }, false],
  ])('%o answered %o: passes %s', (question, answer, passed) => {
    const check = judgeQuestion(question, { questionId: question.id, ...answer });
    expect(check).toMatchObject({ questionId: question.id, passed });
    expect(check.message).toContain(`« ${question.label} »`);
  });

  it('fails a required question left unanswered, and says the answer is required', () => {
    expect(judgeQuestion(consulting, undefined)).toEqual({
      questionId: 'conseil',
      passed: false,
      message: '« Une étape de conseil a-t-elle été menée ? » : réponse obligatoire, non donnée.',
    });
  });

  it('passes an optional question left unanswered, but still judges an answer given', () => {
    expect(judgeQuestion(optional, undefined).passed).toBe(true);
    expect(judgeQuestion(optional, { questionId: 'facultative', number: 9 }).passed).toBe(false);
  });

  it('gives the figures in French in its message', () => {
    expect(judgeQuestion(surface, { questionId: 'surface', number: 250.5 }).message).toBe(
      '« Superficie commerciale, en m² » : réponse 250,5 m² ; attendu : entre 0 m² et 200 m².',
    );
    expect(judgeQuestion(noWeb, { questionId: 'site', choice: 'Boutique en ligne' }).message).toContain(
      'réponses acceptées : Aucune, Site vitrine',
    );
  });
});

describe('the questions a programme may declare', () => {
  const parse = (qs: unknown[]) => questionsInput.safeParse(qs);
  const messages = (qs: unknown[]) => {
    const r = parse(qs);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('keeps only the fields of each kind and makes questions required by default', () => {
    const r = questionsInput.parse([
      {
        id: 'jours',
        label: 'Durée, en jours',
        kind: 'NUMBER',
        max: 5,
        choices: ['a', 'b'],
        requiredAnswer: true,
      },
    ]);
    expect(r).toEqual([{ id: 'jours', label: 'Durée, en jours', kind: 'NUMBER', required: true, max: 5 }]);
  });

  it.each([
    [{ id: 'q', label: 'Oui ou non ?', kind: 'YES_NO' }, 'indiquez la réponse exigée'],
    [{ id: 'q', label: 'Combien ?', kind: 'NUMBER' }, 'un minimum, un maximum ou les deux'],
    [{ id: 'q', label: 'Combien ?', kind: 'NUMBER', min: 5, max: 2 }, 'Le maximum est sous le minimum'],
    [
      { id: 'q', label: 'Lequel ?', kind: 'CHOICE', choices: ['a'], acceptedChoices: ['a'] },
      'au moins deux options',
    ],
    [
      { id: 'q', label: 'Lequel ?', kind: 'CHOICE', choices: ['a', 'b'], acceptedChoices: ['c'] },
      'ne figure pas parmi les options',
    ],
    [{ id: 'Q 1', label: 'Combien ?', kind: 'NUMBER', max: 1 }, 'Identifiant de question'],
  ])('refuses %o in French', (question, message) => {
    expect(messages([question]).join(' ')).toContain(message);
  });

  it('refuses two questions with one id', () => {
    expect(messages([days, days]).join(' ')).toContain('Identifiant de question en double');
  });
});
