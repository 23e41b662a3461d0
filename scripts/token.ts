// Prints a development token:
// npm run -s token -- --role ROLE --sub USER_ID [--region CODE] [--siret SIRET] [--email ADDRESS] [--hours N]
import { parseArgs } from 'node:util';
import { ROLES, signDevToken, type Role } from '../functions/shared/auth.js';
import { configFromEnv } from '../functions/shared/config.js';
import { isSiret } from '../functions/shared/identifiers.js';
import { demoEmailOf } from './demo/identity.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    sub: { type: 'string' },
    region: { type: 'string' },
    siret: { type: 'string' },
    email: { type: 'string' },
    hours: { type: 'string' },
  },
});
const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role) || !values.sub) {
  console.error(
    `Usage: npm run -s token -- --role ${ROLES.join('|')} --sub USER_ID [--region CODE] [--siret SIRET] [--hours N]`,
  );
  process.exit(2);
}
if (role === 'REGION_AGENT' && !values.region) {
  console.error('A REGION_AGENT token needs --region (INSEE region code, e.g. 84).');
  process.exit(2);
}
// The SIRET ProConnect would vouch for: a PME registers or joins the company of its first 9 digits with it.
const siret = values.siret?.replace(/\s/g, '');
if (siret !== undefined && !isSiret(siret)) {
  console.error(
    `--siret ${values.siret}: 14 digits whose Luhn key holds, and whose first 9 (the SIREN) hold theirs (e.g. 73282932000074); the API would refuse this token.`,
  );
  process.exit(2);
}
const config = configFromEnv();
if (config.env === 'aws' || !config.devTokenSecret) {
  console.error('Development tokens exist only locally; on AWS, sign in with Cognito.');
  process.exit(2);
}
// The contact address of the notifications' e-mails: a demo user's by default, as on /dev/users.
const email = values.email ?? (values.sub.startsWith('demo-') ? demoEmailOf(values.sub) : undefined);
const ttlSeconds = Math.round(Number(values.hours ?? 12) * 3600);
console.log(
  await signDevToken(
    {
      sub: values.sub,
      role,
      ...(values.region ? { regionCode: values.region } : {}),
      ...(siret ? { siret } : {}),
      ...(email ? { email } : {}),
    },
    config.devTokenSecret,
    { ttlSeconds },
  ),
);
