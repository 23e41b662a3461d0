import {
  buildASTSchema,
  GraphQLScalarType,
  isAbstractType,
  isObjectType,
  isScalarType,
  parse,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  type TypeNode,
} from 'graphql';

type FieldResolver = GraphQLFieldResolver<unknown, unknown>;
type TypeResolvers = Record<string, unknown>;

/**
 * The executable schema, built once per instance: the SDL parsed without locations, `buildASTSchema`, then the
 * resolvers set on its fields in place.
 *
 * Apollo's `typeDefs` + `resolvers` go through graphql-tools' `makeExecutableSchema`, which parses and merges the SDL,
 * builds the schema, then builds it a second time to attach the resolvers (`mapSchema`), then validates it on the
 * first request: about a third of the GraphQL Lambda's cold start. Here the schema is built once and, in the
 * production bundles (`NODE_ENV=production`), neither the SDL nor the schema is validated again: the same SDL is
 * validated by codegen and by every test, which run without that flag.
 *
 * As graphql-tools does by default, a resolver for a type or field the schema does not have is an error, and so is
 * a resolver this function does not know how to attach (enum values, for instance).
 */
export function executableSchema(typeDefs: string, resolverMaps: readonly object[]): GraphQLSchema {
  const trusted = process.env.NODE_ENV === 'production';
  const document = typeDefs.startsWith('[')
    ? compactDocument(typeDefs)
    : parse(typeDefs, { noLocation: true });
  const schema = buildASTSchema(document, {
    assumeValidSDL: trusted,
    assumeValid: trusted,
  });
  for (const map of resolverMaps) {
    for (const [typeName, typeResolvers] of Object.entries(map as Record<string, TypeResolvers>)) {
      const type = schema.getType(typeName);
      if (!type) throw new Error(`Resolvers for ${typeName}, which the schema does not define`);
      if (isScalarType(type) && typeResolvers instanceof GraphQLScalarType) {
        type.serialize = typeResolvers.serialize;
        type.parseValue = typeResolvers.parseValue;
        type.parseLiteral = typeResolvers.parseLiteral;
      } else if (isObjectType(type)) {
        const fields = type.getFields();
        for (const [fieldName, resolver] of Object.entries(typeResolvers)) {
          if (fieldName === '__isTypeOf') {
            type.isTypeOf = resolver as typeof type.isTypeOf;
            continue;
          }
          const field = fields[fieldName];
          if (!field)
            throw new Error(`Resolver for ${typeName}.${fieldName}, which the schema does not define`);
          if (typeof resolver === 'function') field.resolve = resolver as FieldResolver;
          else throw new Error(`Resolver of ${typeName}.${fieldName}: a function is expected`);
        }
      } else if (isAbstractType(type) && Object.keys(typeResolvers).every((k) => k === '__resolveType')) {
        type.resolveType = typeResolvers.__resolveType as GraphQLTypeResolver<unknown, unknown>;
      } else {
        throw new Error(`Resolvers for ${typeName}: not supported by functions/graphql/schema.ts`);
      }
    }
  }
  return schema;
}

type Compact = readonly [number, ...CompactValue[]];
type CompactValue = string | number | boolean | null | Compact | readonly (string | Compact)[];

/**
 * The schema's document from its compact form (written by scripts/codegen-type-defs.cjs for the Lambda bundles, an
 * SDL cannot start with `[`): the AST `parse` gives for the SDL without descriptions and locations, which
 * test/graphql/schema.test.ts pins. `[kinds, keys, definitions]`: a node is its kind's index then the values of the
 * kind's keys; a Name is its string, a type reference its SDL text, a NamedType in a list its name.
 */
export function compactDocument(text: string): DocumentNode {
  const [kinds, keys, definitions] = JSON.parse(text) as [string[], string[][], Compact[]];
  const name = (value: string) => ({ kind: 'Name', value });
  const named = (value: string) => ({ kind: 'NamedType', name: name(value) });
  const typeRef = (ref: string): TypeNode =>
    (ref.endsWith('!')
      ? { kind: 'NonNullType', type: typeRef(ref.slice(0, -1)) }
      : ref.startsWith('[')
        ? { kind: 'ListType', type: typeRef(ref.slice(1, -1)) }
        : named(ref)) as TypeNode;
  const node = (compact: Compact): Record<string, unknown> => {
    const kind = compact[0];
    const result: Record<string, unknown> = { kind: kinds[kind] };
    const names = keys[kind]!;
    for (let i = 0; i < names.length; i++) {
      const key = names[i]!;
      const value = compact[i + 1];
      if (value === null || value === undefined) continue;
      if (typeof value !== 'object')
        result[key] =
          key === 'name' ? name(value as string) : key === 'type' ? typeRef(value as string) : value;
      else if (key === 'type' || key === 'defaultValue' || key === 'value')
        result[key] = node(value as Compact);
      else
        result[key] = (value as readonly (string | Compact)[]).map((item) =>
          typeof item !== 'string' ? node(item) : key === 'locations' ? name(item) : named(item),
        );
    }
    return result;
  };
  return { kind: 'Document', definitions: definitions.map(node) } as unknown as DocumentNode;
}
