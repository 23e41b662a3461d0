/** The stored shape of a company (item `COMPANY#<id>` / `PROFILE`); the id is derived from the SIREN. */
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
};

/** A PME user's company (item `MEMBER#<sub>` / `COMPANY`): a user belongs to one company. */
export type MembershipRecord = {
  sub: string;
  companyId: string;
  joinedAt: string;
};
