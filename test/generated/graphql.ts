/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type RegisterCompanyInput = {
  annualRevenueCents: number;
  /** INSEE code of the commune of the head office; département and region are derived from it. */
  communeCode: string;
  employees: number;
  independent: boolean;
  nafCode: string;
  name: string;
  /** Optional: the SIREN is taken from the SIRET of the caller's token; when given, it must be the same (else FORBIDDEN). */
  siren?: string | null | undefined;
};

/** Fields left out are unchanged; the SIREN never changes. */
export type UpdateCompanyInput = {
  annualRevenueCents?: number | null | undefined;
  communeCode?: string | null | undefined;
  employees?: number | null | undefined;
  independent?: boolean | null | undefined;
  nafCode?: string | null | undefined;
  name?: string | null | undefined;
};

export type TestCompanyFieldsFragment = { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number };

export type TestRegisterCompanyMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type TestRegisterCompanyMutation = { registerCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number } };

export type TestUpdateCompanyMutationVariables = Exact<{
  input: UpdateCompanyInput;
  v: number;
}>;


export type TestUpdateCompanyMutation = { updateCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number } };

export type TestJoinMyCompanyMutationVariables = Exact<{ [key: string]: never; }>;


export type TestJoinMyCompanyMutation = { joinMyCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number } };

export type TestMyCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type TestMyCompanyQuery = { myCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TestCompanyFieldsFragmentDoc = new TypedDocumentString(`
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}
    `, {"fragmentName":"TestCompanyFields"}) as unknown as TypedDocumentString<TestCompanyFieldsFragment, unknown>;
export const TestRegisterCompanyDocument = new TypedDocumentString(`
    mutation TestRegisterCompany($input: RegisterCompanyInput!) {
  registerCompany(input: $input) {
    ...TestCompanyFields
  }
}
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}`) as unknown as TypedDocumentString<TestRegisterCompanyMutation, TestRegisterCompanyMutationVariables>;
export const TestUpdateCompanyDocument = new TypedDocumentString(`
    mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {
  updateCompany(input: $input, expectedVersion: $v) {
    ...TestCompanyFields
  }
}
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}`) as unknown as TypedDocumentString<TestUpdateCompanyMutation, TestUpdateCompanyMutationVariables>;
export const TestJoinMyCompanyDocument = new TypedDocumentString(`
    mutation TestJoinMyCompany {
  joinMyCompany {
    ...TestCompanyFields
  }
}
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}`) as unknown as TypedDocumentString<TestJoinMyCompanyMutation, TestJoinMyCompanyMutationVariables>;
export const TestMyCompanyDocument = new TypedDocumentString(`
    query TestMyCompany {
  myCompany {
    ...TestCompanyFields
  }
}
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}`) as unknown as TypedDocumentString<TestMyCompanyQuery, TestMyCompanyQueryVariables>;