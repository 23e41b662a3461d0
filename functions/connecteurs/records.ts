import type { ConnecteurKind, StructureType, Theme } from '../generated/resolvers-types.js';

export type LabelRequestStatus = 'PENDING' | 'GRANTED' | 'REJECTED' | 'REVOKED';

/** One label procedure, kept inside the connecteur's item (a handful over a connecteur's life). */
export type LabelRequestRecord = {
  id: string;
  status: LabelRequestStatus;
  requestedAt: string;
  decidedAt?: string;
  decidedBy?: string;
  /** Last day of validity, Paris time. */
  validUntil?: string;
  /** The instant the label stops being valid: midnight in Paris after `validUntil`. */
  expiresAt?: string;
  wave?: string;
  revokedAt?: string;
  revokedBy?: string;
  /** Why it was rejected or revoked. */
  reason?: string;
};

/** The stored shape of a connecteur (item `CONN#<id>` / `PROFILE`). */
export type ConnecteurRecord = {
  id: string;
  ownerSub: string;
  displayName: string;
  kind: ConnecteurKind;
  structureType: StructureType;
  communeCode: string;
  departementCode: string;
  regionCode: string;
  /** Always includes the home département; within its neighbours and `approvedDepartements` (connecteurs/served.ts). */
  departementsServed: string[];
  /** Départements a moderator let the connecteur serve beyond its home and neighbours (absent: none). */
  approvedDepartements?: string[];
  themes: Theme[];
  acceptsNewPmes: boolean;
  email: string;
  website?: string;
  charterSignedAt: string;
  /** Newest first. */
  labelHistory: LabelRequestRecord[];
  /** SIRENs of the providers the connecteur declared a capital link with (absent: none). */
  capitalLinks?: string[];
  createdAt: string;
  updatedAt: string;
  /** Optimistic lock: every write requires the version it read. */
  version: number;
};
