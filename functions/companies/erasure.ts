import { ERASED_COMPANY_NAME } from '../shared/erased.js';
import type { CompanyRecord } from './records.js';

/**
 * The company item kept for its files once its account is deleted (the last step, `CompanyStore.erasureParts`): no
 * name, no SIREN, no creator; its facts stay for the kept files' rules.
 */
export function erasedCompany(company: CompanyRecord, at: string): CompanyRecord & { erasedAt: string } {
  const { createdBySub: _creator, ...kept } = company;
  return {
    ...(kept as CompanyRecord),
    name: ERASED_COMPANY_NAME,
    siren: '',
    erasedAt: at,
    updatedAt: at,
    version: company.version + 1,
  };
}
