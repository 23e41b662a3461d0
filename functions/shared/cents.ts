import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from './errors.js';

/**
 * Money is integer euro cents. GraphQL's Int is 32-bit (at most 21,474,836.47 €), so amounts travel as the `Cents`
 * scalar: a JSON number that must be a non-negative safe integer (exact up to 2^53 − 1 cents).
 */
export const isCents = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const invalid = (value: unknown) =>
  new AppError(
    'BAD_USER_INPUT',
    `Montant invalide (${JSON.stringify(value)}) : un nombre entier de centimes d’euro, positif ou nul, est attendu.`,
  );

export const CentsScalar = new GraphQLScalarType<number, number>({
  name: 'Cents',
  description: 'Euro cents: a non-negative integer JSON number, exact up to 2^53 − 1.',
  serialize(value) {
    if (!isCents(value)) throw new Error(`Cents cannot represent ${String(value)}`);
    return value;
  },
  parseValue(value) {
    if (!isCents(value)) throw invalid(value);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw invalid(ast.kind);
    const value = Number(ast.value);
    if (!isCents(value)) throw invalid(ast.value);
    return value;
  },
});
