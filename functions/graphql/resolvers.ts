import type { Resolvers } from '../generated/resolvers-types.js';
import { connecteurResolvers } from '../connecteurs/resolvers.js';
import { capitalLinkResolvers } from '../connecteurs/capital-link-resolvers.js';
import { servedResolvers } from '../connecteurs/served-resolvers.js';
import { companyResolvers } from '../companies/resolvers.js';
import { subsidyResolvers } from '../subsidies/resolvers.js';
import { subsidyDocumentResolvers } from '../subsidies/document-resolvers.js';
import { diagnosticResolvers } from '../diagnostics/resolvers.js';
import { contactResolvers } from '../contacts/resolvers.js';
import { followupResolvers } from '../followups/resolvers.js';
import { appointmentResolvers } from '../appointments/resolvers.js';
import { indicatorResolvers } from '../indicators/resolvers.js';
import { providerResolvers } from '../providers/resolvers.js';
import { priceResolvers } from '../prices/resolvers.js';
import { testimonialResolvers } from '../testimonials/resolvers.js';
import { eventResolvers } from '../events/resolvers.js';
import { privacyResolvers } from '../privacy/resolvers.js';
import { notificationResolvers } from '../notifications/resolvers.js';

const baseResolvers: Resolvers = {
  Query: {
    health: () => 'ok',
    viewer: (_, __, ctx) =>
      ctx.viewer.kind === 'user'
        ? {
            sub: ctx.viewer.sub,
            role: ctx.viewer.role,
            regionCode: ctx.viewer.regionCode ?? null,
            siret: ctx.viewer.siret ?? null,
          }
        : { sub: null, role: null, regionCode: null, siret: null },
  },
};

/** Each domain contributes its root fields and type resolvers; they never share a field. */
export const resolvers: Resolvers[] = [
  baseResolvers,
  connecteurResolvers,
  capitalLinkResolvers,
  servedResolvers,
  companyResolvers,
  subsidyResolvers,
  subsidyDocumentResolvers,
  diagnosticResolvers,
  contactResolvers,
  followupResolvers,
  appointmentResolvers,
  indicatorResolvers,
  providerResolvers,
  priceResolvers,
  testimonialResolvers,
  eventResolvers,
  privacyResolvers,
  notificationResolvers,
];
