import type { CompanyRef } from '../shared/caller.js';
import type { CompanyWorkspaceRecord } from './records.js';

/** A company's workspace before its first write (version 0: the item does not exist yet). */
export const emptyWorkspace = (company: CompanyRef): CompanyWorkspaceRecord => ({
  companyId: company.id,
  departementCode: company.departementCode,
  regionCode: company.regionCode,
  contactConsent: false,
  activeFollowers: 0,
  version: 0,
});
