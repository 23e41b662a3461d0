import { requireRole, type Viewer } from '../shared/auth.js';
import { forbidden } from '../shared/errors.js';

/**
 * Who publishes on the agenda and the news: a moderator anywhere (national included), a region agent in its own
 * region only. Deny by default.
 */
export function requirePublisherFor(viewer: Viewer, regionCode: string | undefined) {
  const publisher = requireRole(viewer, 'MODERATOR', 'REGION_AGENT');
  if (publisher.role === 'MODERATOR') return publisher;
  if (!regionCode)
    throw forbidden(
      'Un agent régional publie pour sa région : seuls les modérateurs publient au niveau national.',
    );
  if (regionCode !== publisher.regionCode)
    throw forbidden(`Un agent régional ne publie que pour sa région (${publisher.regionCode}).`);
  return publisher;
}
