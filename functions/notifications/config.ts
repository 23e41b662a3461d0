import { resolve } from 'node:path';

/** What the notifier reads from its environment (set by infra/notifications.ts on AWS), once per container. */
export type NotifierConfig = {
  /** The web app's origin; notification links are paths under it. */
  webUrl: string;
  /** The one-click unsubscribe endpoint (GET confirms, POST unsubscribes), signed tokens in its query. */
  unsubscribeUrl: string;
  /** HMAC key of the unsubscribe tokens. */
  unsubscribeSecret: string;
  /** The sender, an address of the SES identity on AWS. */
  from: string;
  /** How e-mails leave: SES (AWS), an SMTP server (`SMTP_URL`), or `.eml` files (local). */
  transport:
    | { kind: 'ses'; configurationSet?: string }
    | { kind: 'smtp'; url: string }
    | { kind: 'files'; dir: string };
};

/** Public on purpose: it signs local unsubscribe links only; AWS requires UNSUBSCRIBE_SECRET. */
export const LOCAL_UNSUBSCRIBE_SECRET = 'croissance-connectee-local-unsubscribe';

export function notifierConfigFromEnv(env: NodeJS.ProcessEnv = process.env): NotifierConfig {
  const aws = env.CC_ENV === 'aws';
  const webUrl = (env.WEB_URL || `http://localhost:${env.PORT || 4000}`).replace(/\/$/, '');
  const secret = env.UNSUBSCRIBE_SECRET || (aws ? undefined : LOCAL_UNSUBSCRIBE_SECRET);
  if (!secret) throw new Error('CC_ENV=aws requires UNSUBSCRIBE_SECRET');
  if (aws && (!env.MAIL_FROM || !env.UNSUBSCRIBE_URL || !env.WEB_URL))
    throw new Error('CC_ENV=aws requires MAIL_FROM, UNSUBSCRIBE_URL and WEB_URL');
  return {
    webUrl,
    unsubscribeUrl: env.UNSUBSCRIBE_URL || `${webUrl}/desabonnement`,
    unsubscribeSecret: secret,
    from: env.MAIL_FROM || 'Croissance connectée <notifications@croissance-connectee.example>',
    transport: aws
      ? { kind: 'ses', ...(env.SES_CONFIGURATION_SET ? { configurationSet: env.SES_CONFIGURATION_SET } : {}) }
      : env.SMTP_URL
        ? { kind: 'smtp', url: env.SMTP_URL }
        : { kind: 'files', dir: localMailDir(env) },
  };
}

/** Where local e-mails are written, and read back by GET /dev/mails. */
export const localMailDir = (env: NodeJS.ProcessEnv = process.env) =>
  resolve(env.DATA_DIR || '.data', 'mail');
