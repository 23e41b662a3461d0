/** What the follow-ups ask of the contacts domain, wired in graphql/peers.ts. */
export type FollowupPeers = {
  /** Whether the company wrote to the connecteur (a contact request): it may then be proposed a follow-up. */
  companyWroteTo(companyId: string, connecteurId: string): Promise<boolean>;
};
