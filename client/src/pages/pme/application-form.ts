import type { SubsidyExpenseInput } from '../../../generated/graphql';
import { centsToEuroInput, parseEuroInput } from '../../labels/euro-input';
import type { QuestionAnswer } from '../../../../functions/subsidies/questions';
import type { Application } from './ApplicationSections';
import type { ProgramView } from './ApplicationEditor';
import type { ExpenseRow } from './ExpenseFields';

// The application form's rows and answers, to and from what the API holds.

let rowCounter = 0;
export const newRow = (theme: ExpenseRow['theme']): ExpenseRow => ({
  key: `row-${++rowCounter}`,
  theme,
  description: '',
  amount: '',
  providerSiren: '',
  providerName: '',
  providerCommuneCode: null,
});

export function rowsOf(application: Application | undefined, program: ProgramView): ExpenseRow[] {
  if (!application || application.expenses.length === 0)
    return [newRow(program.eligibleThemes[0] ?? 'ECOMMERCE_WEBSITE')];
  return application.expenses.map((expense) => ({
    ...newRow(expense.theme),
    description: expense.description,
    amount: centsToEuroInput(expense.amountCents),
    providerSiren: expense.providerSiren,
    providerName: expense.providerName,
    providerCommuneCode: expense.providerCommuneCode ?? null,
  }));
}

/**
 * Directory home regions known for a saved file: the API found every provider local when it last judged it (the
 * API offers no look-up of a provider by SIREN, so that verdict is what the browser can know).
 */
export function providerRegionsOf(
  application: Application | undefined,
  program: ProgramView,
): Map<string, string[]> {
  const regions = new Map<string, string[]>();
  const localPassed = application?.eligibility.find((check) => check.rule === 'LOCAL_PROVIDERS')?.passed;
  if (application && program.localProvidersOnly && localPassed) {
    for (const expense of application.expenses) regions.set(expense.providerSiren, [program.regionCode]);
  }
  return regions;
}

export const toExpenseInput = (row: ExpenseRow): SubsidyExpenseInput => ({
  theme: row.theme,
  description: row.description.trim(),
  amountCents: parseEuroInput(row.amount, { allowZero: true }) ?? 0,
  providerSiren: row.providerSiren.trim(),
  providerName: row.providerName.trim(),
  providerCommuneCode: row.providerCommuneCode,
});

/** The file's answers as the API takes them back (GraphQL gives null for the fields of other kinds). */
export const answersOf = (application: Application | undefined): QuestionAnswer[] =>
  (application?.answers ?? []).map((a) => ({
    questionId: a.questionId,
    ...(a.yes !== null && a.yes !== undefined ? { yes: a.yes } : {}),
    ...(a.number !== null && a.number !== undefined ? { number: a.number } : {}),
    ...(a.choice !== null && a.choice !== undefined ? { choice: a.choice } : {}),
  }));
