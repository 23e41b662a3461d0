/**
 * A key for one creation (a message, a note…), sent with it and kept until it succeeds: sending again after a lost
 * answer or a second click gives back what the first send wrote (functions/shared/client-keys.ts).
 */
export const newClientKey = () => crypto.randomUUID();
