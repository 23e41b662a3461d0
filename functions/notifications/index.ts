/**
 * The front door of the notifications domain (docs/data-model.md, "Notifications"): the accounts directory, the
 * notifier (the outbox handler of kind NOTIFICATION, the daily digest), the e-mails and their transports, the
 * one-click unsubscribe and the SES bounce handling. The domains only write NotificationEvents
 * (shared/notifications.ts); this one delivers them.
 */
export { accountRecorder } from './accounts.js';
export { notifierConfigFromEnv, localMailDir, type NotifierConfig } from './config.js';
export { deliverNotification, sendDigests, type NotifierDeps } from './notifier.js';
export { notificationHandler, digestRunner } from './wiring.js';
export { storePeers, type NotificationPeers } from './peers.js';
export { NotificationStore } from './store.js';
export { notificationResolvers } from './resolvers.js';
export { handleUnsubscribe, type UnsubscribeRequest, type UnsubscribeResponse } from './unsubscribe.js';
export { unsubscribeLink, unsubscribeToken } from './unsubscribe-token.js';
export { suppressFromSesNotification } from './bounces.js';
export {
  fileTransport,
  listStoredMails,
  storedMail,
  transportFor,
  type MailTransport,
  type StoredMail,
} from './mail-transport.js';
export { DIGEST_CATEGORIES } from './preferences.js';
