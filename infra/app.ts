import { App } from 'aws-cdk-lib';
import { CroissanceConnecteeStack } from './stack.js';

// Environment-agnostic on purpose: no account/region and no lookups, so `cdk synth` runs offline
// without credentials. `cdk deploy` takes the account and region from the AWS profile in use.
const app = new App();

new CroissanceConnecteeStack(app, 'CroissanceConnectee', {
  description: 'Croissance connectee: GraphQL API, DynamoDB table, Cognito user pool',
});

app.synth();
