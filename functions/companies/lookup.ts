import type DataLoader from 'dataloader';
import type { CompanyRecord } from './records.js';

/** A company the caller was allowed to see (by its follow, lead, request or appointment), through the loader. */
export async function companyById(
  deps: { companyLoader: DataLoader<string, CompanyRecord | undefined> },
  companyId: string,
): Promise<CompanyRecord> {
  const company = await deps.companyLoader.load(companyId);
  if (!company) throw new Error(`company ${companyId} is missing`);
  return company;
}
