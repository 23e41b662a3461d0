// Prints a development token: npm run -s token -- --role ROLE --sub USER_ID [--region CODE] [--hours N]
import { parseArgs } from 'node:util';
import { ROLES, signDevToken, type Role } from '../functions/shared/auth.js';
import { configFromEnv } from '../functions/shared/config.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    sub: { type: 'string' },
    region: { type: 'string' },
    hours: { type: 'string' },
  },
});
const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role) || !values.sub) {
  console.error(
    `Usage: npm run -s token -- --role ${ROLES.join('|')} --sub USER_ID [--region CODE] [--hours N]`,
  );
  process.exit(2);
}
if (role === 'REGION_AGENT' && !values.region) {
  console.error('A REGION_AGENT token needs --region (INSEE region code, e.g. 84).');
  process.exit(2);
}
const config = configFromEnv();
if (config.env === 'aws' || !config.devTokenSecret) {
  console.error('Development tokens exist only locally; on AWS, sign in with Cognito.');
  process.exit(2);
}
const ttlSeconds = Math.round(Number(values.hours ?? 12) * 3600);
console.log(
  signDevToken(
    { sub: values.sub, role, ...(values.region ? { regionCode: values.region } : {}) },
    config.devTokenSecret,
    { ttlSeconds },
  ),
);
