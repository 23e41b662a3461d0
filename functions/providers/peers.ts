import type { TransactPart } from '../shared/transactions.js';

/** What the marketplace needs to know of the caller's company (the companies domain owns the rest). */
export type MarketplaceCompany = { id: string; name?: string; departementCode: string; regionCode: string };

/**
 * What the marketplace asks of the other domains, wired in graphql/context.ts from their stores and loaders,
 * so this domain never builds their keys.
 */
export type MarketplacePeers = {
  /** The caller's company (PME users), looked up once per request. */
  viewerCompany(): Promise<MarketplaceCompany | undefined>;
  /** Whether the connecteur follows the company and the company consents to it (follow-ups). */
  followsWithConsent(connecteurId: string, companyId: string): Promise<boolean>;
  /** Whether one of the company's chèque applications funds (accepted or paid) an expense with this SIREN. */
  fundedExpenseWith(companyId: string, providerSiren: string): Promise<boolean>;
  /**
   * Transaction guards for a recommendation: the follow is still active and the connecteur declared no capital link
   * with these SIRENs, checked in the write itself.
   */
  recommendationGuards(
    connecteurId: string,
    companyId: string,
    providerSirens: readonly string[],
    errors: { followEnded: () => Error; capitalLink: () => Error },
  ): TransactPart[];
};
