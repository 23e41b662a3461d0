import type {
  MaturityLevel,
  SizeBand,
  TestimonialFormat,
  TestimonialStatus,
  Theme,
} from '../generated/resolvers-types.js';

/** A testimonial (item `TESTI#<id>` / `TESTI`; copied into its list entries while published). */
export type TestimonialRecord = {
  id: string;
  companyId: string;
  companyName: string;
  submittedBySub: string;
  /** Set when a connecteur wrote it for a company it follows. */
  connecteurId?: string;
  title: string;
  story: string;
  format: TestimonialFormat;
  mediaUrl?: string;
  durationSeconds?: number;
  /** One to three, sorted. */
  themes: Theme[];
  nafCode: string;
  nafSection: string;
  sizeBand: SizeBand;
  communeCode: string;
  departementCode: string;
  regionCode: string;
  maturityLevel: MaturityLevel;
  award?: string;
  status: TestimonialStatus;
  rejectionReason?: string;
  submittedAt: string;
  agreedAt?: string;
  publishedAt?: string;
  moderatedAt?: string;
  moderatedBy?: string;
  withdrawnAt?: string;
  /** When its company's account deletion erased it (the workflow's ERASE). */
  erasedAt?: string;
  version: number;
};
