import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';
import { parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/generated/type-defs.js';
import { armor, LIMITS } from '../../functions/graphql/limits.js';
import { resolvers } from '../../functions/graphql/resolvers.js';
import { executableSchema } from '../../functions/graphql/schema.js';
import { createGraphqlHandler } from '../../functions/graphql/server.js';
import { webAppDocuments } from '../../functions/graphql/trusted-documents.js';
import { apiEvent, testConfig, trustedDocument } from '../support/api.js';

// On AWS, Apollo does not validate what it runs (`dangerouslyDisableValidation`, functions/graphql/server.ts): only
// the web app's documents run there, and they are validated here, once, against the schema and the limits the
// local API applies to every document.
describe('the web app’s trusted documents', () => {
  it('are all valid against the schema, within the depth, alias, directive and token limits', () => {
    const schema = executableSchema(typeDefs, resolvers);
    const rules = [...specifiedRules, ...armor('aws').validationRules];
    expect(webAppDocuments.size).toBeGreaterThan(50);
    const invalid = [...webAppDocuments].flatMap(([hash, text]) =>
      validate(schema, parse(text, { maxTokens: LIMITS.maxTokens }), rules).map(
        (error) => `${hash.slice(0, 12)}: ${error.message}`,
      ),
    );
    expect(invalid).toEqual([]);
    // The same check refuses what the local API refuses: a document over the alias limit.
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `h${i}: health`).join(' ');
    expect(validate(schema, parse(`{ ${aliases} }`), rules)).not.toEqual([]);
  });

  it('still have their variables checked on AWS: a wrongly typed one is BAD_USER_INPUT, nothing run', async () => {
    const onAws = createGraphqlHandler({ config: testConfig({ env: 'aws' }) });
    const event = apiEvent({
      extensions: trustedDocument('ConnecteurSearch'),
      variables: { first: 'vingt' },
    }) as APIGatewayProxyEventV2;
    const answer = (await onAws(event, { awsRequestId: 'trusted' } as LambdaContext)) as {
      statusCode: number;
      body: string;
    };
    const body = JSON.parse(answer.body) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(answer.statusCode).toBe(400);
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.data).toBeUndefined();
  });
});
