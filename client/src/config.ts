/**
 * How users sign in, chosen at build time:
 * - `local` (default): the development page lists the local server's demo users (`GET /dev/users`);
 * - `cognito`: the Cognito hosted sign-in of the deployed stack (VITE_AUTH_MODE=cognito, with
 *   VITE_COGNITO_DOMAIN and VITE_COGNITO_CLIENT_ID from the CDK outputs).
 */
export type AuthConfig = { mode: 'local' } | { mode: 'cognito'; domain: string; clientId: string };

export function readAuthConfig(env: Record<string, string | undefined>): AuthConfig {
  if (env.VITE_AUTH_MODE !== 'cognito') return { mode: 'local' };
  const domain = env.VITE_COGNITO_DOMAIN;
  const clientId = env.VITE_COGNITO_CLIENT_ID;
  if (!domain || !clientId) {
    throw new Error('VITE_AUTH_MODE=cognito needs VITE_COGNITO_DOMAIN and VITE_COGNITO_CLIENT_ID');
  }
  return { mode: 'cognito', domain, clientId };
}

export const authConfig: AuthConfig = readAuthConfig(import.meta.env);
