/** Roles carried by tokens (schema/base.graphql `Role`). */
export const ROLES = ['PME', 'CONNECTEUR', 'REGION_AGENT', 'MODERATOR', 'PROVIDER'] as const;
export type Role = (typeof ROLES)[number];

export const roleLabels: Record<Role, string> = {
  PME: 'Entreprise (PME)',
  CONNECTEUR: 'Connecteur',
  REGION_AGENT: 'Agent de région',
  MODERATOR: 'Modérateur',
  PROVIDER: 'Prestataire',
};

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
