import {
  GraphQLObjectType,
  GraphQLScalarType,
  lexicographicSortSchema,
  parse,
  print,
  visit,
  type ASTNode,
  type GraphQLSchema,
} from 'graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { describe, expect, it } from 'vitest';
import { compactTypeDefs, typeDefs } from '../../functions/generated/type-defs.js';
import { resolvers } from '../../functions/graphql/resolvers.js';
import { compactDocument, executableSchema } from '../../functions/graphql/schema.js';

const withoutDescriptions = <T extends ASTNode>(node: T): T =>
  visit(node, {
    enter: (n) => ('description' in n && n.description ? { ...n, description: undefined } : undefined),
  });

/** The schema as SDL, sorted, descriptions left out: types, fields, arguments, defaults, applied directives. */
const shape = (schema: GraphQLSchema) =>
  print(withoutDescriptions(parse(printSchemaWithDirectives(lexicographicSortSchema(schema)))));

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

  it('builds, from the compact form of the Lambda bundles, the schema of the full SDL without its descriptions', () => {
    expect(typeDefs).toContain('"""'); // outside the bundles: the full SDL, descriptions included
    expect(compactDocument(compactTypeDefs)).toEqual(
      withoutDescriptions(parse(typeDefs, { noLocation: true })),
    );
    const compact = executableSchema(compactTypeDefs, resolvers);
    const full = executableSchema(typeDefs, resolvers);
    expect(shape(compact)).toBe(shape(full));
    expect(shape(compact)).toContain('@cacheControl(maxAge: 60)');
    const search = compact.getQueryType()?.getFields().connecteurs;
    expect(search?.resolve).toBe(full.getQueryType()?.getFields().connecteurs?.resolve);
    expect(search?.description).toBeUndefined();
  });
});
