import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/**
 * How every Lambda function is bundled (esbuild, locally, no Docker). One definition for the CDK stack and for the
 * bench (bench/bundle.ts), which measures the same bundles. What each choice bought: docs/performance.md.
 */

const require = createRequire(import.meta.url);
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Directory of the installed `@apollo/server` package.
 *
 * `@as-integrations/aws-lambda` `require()`s Apollo Server and our code `import`s it: through the package's
 * `exports`, esbuild would bundle both its CommonJS and its ES module builds (+264 KiB), two distinct copies at run
 * time. Aliased to its directory, every import goes through the main fields instead (`module` first: the ES build,
 * which esbuild can tree-shake). The directory, not a file, because esbuild applies an alias to subpaths too:
 * `@apollo/server/errors` must become `<dir>/errors` (a stub package.json with its own main fields).
 */
export function apolloServerDirectory(): string {
  let dir = dirname(require.resolve('@apollo/server'));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@apollo/server'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the @apollo/server package directory');
    dir = parent;
  }
}

/**
 * Modules the bundle only names in lazy `require`/`import()` calls that never run in Lambda, left out:
 * - the SDK's default credential chain stops at the environment's credentials, which Lambda always sets; its SSO,
 *   profile-file, process, web-identity, container and instance-metadata providers (and the STS/SSO clients they
 *   carry) are required after it, and the runtime's own AWS SDK would answer if one ever were;
 * - `bowser` parses a browser's user agent, for the SDK's browser build only;
 * - Apollo's usage reporting and inline tracing are installed disabled in functions/graphql/server.ts, so their
 *   protobuf encoders are never required;
 * - React Email's `render` imports Prettier (250 KiB) only to pretty-print when asked (`pretty: true`), which the
 *   notifier never does (functions/notifications/emails/render.tsx).
 */
export const NEVER_LOADED_MODULES = [
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
  '@aws-sdk/token-providers',
  '@aws-sdk/nested-clients',
  'bowser',
  '@apollo/usage-reporting-protobuf',
  '@apollo/utils.usagereporting',
  'prettier',
] as const;

/**
 * Packages replaced at bundle time:
 * - `@apollo/server`: one copy, see apolloServerDirectory;
 * - `sha.js`: Apollo hashes with node:crypto only where it sees `module.require`, which a bundle's module wrapper
 *   lacks; without this it loads a pure-JavaScript SHA and some sixty small modules (infra/shims/sha.cjs);
 * - `graphql/language/parser`: graphql-armor's token limit imports graphql's CommonJS parser by path, next to the ES
 *   build everything else uses (a second lexer and parser, 43 KiB, whose errors are another GraphQLError class);
 * - `lru-cache`: Apollo's ES build imports its ES build, `@apollo/utils.keyvaluecache` requires its CommonJS one;
 * - graphql-jit (functions/graphql/compiled-execution.ts) requires four graphql-js modules by path, their CommonJS
 *   files (a second graphql-js, another GraphQLError class): the ES files instead. Of its dependencies,
 *   `fast-json-stringify` (with Ajv) and `lodash.mergewith` serve options we never set (infra/shims/unused.cjs), and
 *   `lodash.memoize` and `lodash.merge` have ten-line stand-ins (infra/shims/): the bundle stays under 1.5 MiB;
 * - `@graphql-tools/schema` (with its `merge` and `utils`): Apollo Server imports it to build a schema from
 *   `typeDefs`, and the functions give it a built schema (functions/graphql/schema.ts);
 * - `@smithy/core/event-streams`: the SDK's protocols `import()` it for operations with event streams, which no
 *   function calls. A module reached by `import()` or `require()` is wrapped to initialise on demand, and so is what
 *   it imports: this one took half of `@smithy/core` with it, whose code V8 then parsed twice at each cold start
 *   (docs/performance.md, "Fifth pass").
 */
export function bundleAliases(): Record<string, string> {
  return {
    '@apollo/server': apolloServerDirectory(),
    'sha.js': join(projectRoot, 'infra/shims/sha.cjs'),
    'graphql/language/parser': 'graphql/language/parser.mjs',
    'lru-cache': join(dirname(require.resolve('lru-cache')), '../../esm/node/index.min.js'),
    ...Object.fromEntries(
      ['error/index', 'execution/execute', 'jsutils/Path', 'utilities/index'].map((m) => [
        `graphql/${m}.js`,
        `graphql/${m}.mjs`,
      ]),
    ),
    'fast-json-stringify': join(projectRoot, 'infra/shims/unused.cjs'),
    'lodash.mergewith': join(projectRoot, 'infra/shims/unused.cjs'),
    'lodash.memoize': join(projectRoot, 'infra/shims/lodash-memoize.cjs'),
    'lodash.merge': join(projectRoot, 'infra/shims/lodash-merge.cjs'),
    '@graphql-tools/schema': join(projectRoot, 'infra/shims/unused.cjs'),
    '@smithy/core/event-streams': join(projectRoot, 'infra/shims/unused.cjs'),
  };
}

/**
 * esbuild's options for a Lambda bundle: CommonJS (Lambda `require`s it: no ES-module linking at start), minified,
 * the packages' ES builds first (`mainFields`: esbuild can drop what is not used; their CommonJS builds are single
 * files it must keep whole), graphql-js and others without their development checks.
 */
export function lambdaEsbuildOptions() {
  return {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    minify: true,
    mainFields: ['module', 'main'],
    alias: bundleAliases(),
    external: [...NEVER_LOADED_MODULES],
    // CC_BUNDLE: code only for local development is left out (`process.env.CC_BUNDLE === 'lambda'` branches).
    define: { 'process.env.NODE_ENV': '"production"', 'process.env.CC_BUNDLE': '"lambda"' },
  } satisfies BuildOptions;
}

/** The same, for the CDK's NodejsFunction. */
export function lambdaBundling(): BundlingOptions {
  const options = lambdaEsbuildOptions();
  return {
    format: OutputFormat.CJS,
    minify: options.minify,
    sourceMap: false,
    target: options.target,
    forceDockerBundling: false,
    mainFields: options.mainFields,
    // The AWS SDK is bundled too (the default leaves `@aws-sdk/*` to the runtime): the code runs with the exact
    // versions pinned in package-lock.json and tested locally, not whatever the runtime ships.
    externalModules: [...options.external],
    define: options.define,
    esbuildArgs: {
      '--alias': Object.entries(options.alias).map(([name, target]) => `${name}=${target}`),
    },
  };
}
