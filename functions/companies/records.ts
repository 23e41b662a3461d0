/**
 * The stored shape of a company (item `COMPANY#<id>` / `PROFILE`). The id is opaque (random), never derived from
 * the SIREN: a company deleted and registered again under the same SIREN is a new company that inherits nothing.
 * While the company lives, the item `SIREN#<siren>` / `COMPANY` names it (one live company per SIREN).
 */
export type CompanyRecord = {
  id: string;
  siren: string;
  name: string;
  nafCode: string;
  employees: number;
  annualRevenueCents: number;
  independent: boolean;
  communeCode: string;
  departementCode: string;
  regionCode: string;
  /** Token subject of the PME user who registered it. */
  createdBySub: string;
  createdAt: string;
  updatedAt: string;
  /** Optimistic lock: every write requires the version it read. */
  version: number;
  /** Set when its account was deleted: the company is kept, pseudonymised, for its files; nobody acts for it. */
  erasedAt?: string;
};

/** A PME user's company (item `MEMBER#<sub>` / `COMPANY`): a user belongs to one company. */
export type MembershipRecord = {
  sub: string;
  companyId: string;
  joinedAt: string;
};
