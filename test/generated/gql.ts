/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment TestCompanyFields on Company {\n    id\n    siren\n    name\n    nafCode\n    nafLabel\n    nafSection\n    employees\n    annualRevenueCents\n    independent\n    communeCode\n    departementCode\n    regionCode\n    version\n  }\n": typeof types.TestCompanyFieldsFragmentDoc,
    "\n  mutation TestRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestRegisterCompanyDocument,
    "\n  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestUpdateCompanyDocument,
    "\n  mutation TestJoinMyCompany {\n    joinMyCompany {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestJoinMyCompanyDocument,
    "\n  query TestMyCompany {\n    myCompany {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestMyCompanyDocument,
};
const documents: Documents = {
    "\n  fragment TestCompanyFields on Company {\n    id\n    siren\n    name\n    nafCode\n    nafLabel\n    nafSection\n    employees\n    annualRevenueCents\n    independent\n    communeCode\n    departementCode\n    regionCode\n    version\n  }\n": types.TestCompanyFieldsFragmentDoc,
    "\n  mutation TestRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      ...TestCompanyFields\n    }\n  }\n": types.TestRegisterCompanyDocument,
    "\n  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      ...TestCompanyFields\n    }\n  }\n": types.TestUpdateCompanyDocument,
    "\n  mutation TestJoinMyCompany {\n    joinMyCompany {\n      ...TestCompanyFields\n    }\n  }\n": types.TestJoinMyCompanyDocument,
    "\n  query TestMyCompany {\n    myCompany {\n      ...TestCompanyFields\n    }\n  }\n": types.TestMyCompanyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestCompanyFields on Company {\n    id\n    siren\n    name\n    nafCode\n    nafLabel\n    nafSection\n    employees\n    annualRevenueCents\n    independent\n    communeCode\n    departementCode\n    regionCode\n    version\n  }\n"): typeof import('./graphql').TestCompanyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      ...TestCompanyFields\n    }\n  }\n"): typeof import('./graphql').TestRegisterCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      ...TestCompanyFields\n    }\n  }\n"): typeof import('./graphql').TestUpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestJoinMyCompany {\n    joinMyCompany {\n      ...TestCompanyFields\n    }\n  }\n"): typeof import('./graphql').TestJoinMyCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMyCompany {\n    myCompany {\n      ...TestCompanyFields\n    }\n  }\n"): typeof import('./graphql').TestMyCompanyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
