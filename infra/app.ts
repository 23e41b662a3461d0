import { App } from 'aws-cdk-lib';
import { createStacks } from './waf.js';

// No account and no lookups, so `cdk synth` runs offline without credentials; `cdk deploy` takes the account from
// the AWS profile in use. The region is explicit (the profile's, else Paris): the web ACL in front of CloudFront lives
// in us-east-1 and the application stack reads its ARN across regions (infra/waf.ts, docs/deploy.md).
const app = new App();

createStacks(app, {
  description: 'Croissance connectee: GraphQL API, DynamoDB table, Cognito user pool',
  region: process.env.CDK_DEFAULT_REGION ?? 'eu-west-3',
});

app.synth();
