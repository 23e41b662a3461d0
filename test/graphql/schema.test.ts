import { GraphQLObjectType, GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/generated/type-defs.js';
import { resolvers } from '../../functions/graphql/resolvers.js';
import { executableSchema } from '../../functions/graphql/schema.js';

describe('the executable schema (functions/graphql/schema.ts)', () => {
  it('puts every resolver on its field, and the Cents scalar in place of the SDL one', () => {
    const schema = executableSchema(typeDefs, resolvers);
    for (const map of resolvers) {
      for (const [typeName, fields] of Object.entries(map)) {
        const type = schema.getType(typeName);
        if (type instanceof GraphQLObjectType) {
          for (const [fieldName, resolver] of Object.entries(fields as object))
            expect(type.getFields()[fieldName]?.resolve, `${typeName}.${fieldName}`).toBe(resolver);
        }
      }
    }
    const cents = schema.getType('Cents') as GraphQLScalarType;
    expect(cents.serialize(1_250)).toBe(1_250);
    expect(() => cents.parseValue(-1)).toThrow(/Montant invalide/);
  });

  it('refuses a resolver for a field or a type the schema does not have, as graphql-tools did', () => {
    expect(() => executableSchema(typeDefs, [{ Query: { noSuchField: () => 1 } }])).toThrow(
      /Query.noSuchField/,
    );
    expect(() => executableSchema(typeDefs, [{ NoSuchType: {} }])).toThrow(/NoSuchType/);
  });

  it('validates the SDL outside the production bundles', () => {
    expect(() => executableSchema('type Query { a: Missing }', [])).toThrow(/Missing/);
  });
});
