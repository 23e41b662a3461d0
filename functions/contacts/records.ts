import type { ContactRequestStatus, Theme } from '../generated/resolvers-types.js';

/** A PME's need, described once and sent to one or more connecteurs (item `NEED#<id>` / `NEED`). */
export type ContactNeedRecord = {
  id: string;
  companyId: string;
  authorSub: string;
  text: string;
  themes: Theme[];
  /** One request per connecteur, fixed at creation (at most MAX_CONNECTEURS_PER_NEED). */
  requestIds: string[];
  departementCode: string;
  regionCode: string;
  createdAt: string;
  /** Who to reach: shown to a connecteur once it took the request in charge. */
  contact?: ContactDetailsRecord;
};

export type ContactDetailsRecord = { name: string; email?: string; phone?: string };

/** One message of a request's conversation (item `CREQ#<request>` / `MSG#<at>#<id>`). */
export type ContactMessageRecord = {
  id: string;
  requestId: string;
  at: string;
  by: 'PME' | 'CONNECTEUR';
  sub: string;
  text: string;
};

/** One row of a request's history: every transition, who made it and why. */
export type ContactRequestEventRecord = {
  at: string;
  by: 'PME' | 'CONNECTEUR';
  sub: string;
  from: ContactRequestStatus | null;
  to: ContactRequestStatus;
  message?: string;
};

export type ContactFeedbackRecord = {
  contacted: boolean;
  useful?: boolean;
  comment?: string;
  givenAt: string;
  givenBySub: string;
};

/** What one connecteur does with a need (item `CREQ#<id>` / `CREQ`). */
export type ContactRequestRecord = {
  id: string;
  needId: string;
  companyId: string;
  connecteurId: string;
  regionCode: string;
  status: ContactRequestStatus;
  createdAt: string;
  updatedAt: string;
  /** Start of the current wait for an answer: creation, or the last reopening. Deadlines count from it. */
  pendingSince: string;
  /** The connecteur's first answer of any kind (response time). */
  firstAnsweredAt?: string;
  /** First time it was taken in charge (take-up rate). */
  takenUpAt?: string;
  reopenCount: number;
  /** Oldest first; bounded by the workflow (MAX_REOPENINGS). */
  history: ContactRequestEventRecord[];
  feedback?: ContactFeedbackRecord;
  /** Messages of the conversation (bounded by MAX_MESSAGES); each one bumps the version. */
  messageCount?: number;
  lastMessageAt?: string;
  version: number;
};
