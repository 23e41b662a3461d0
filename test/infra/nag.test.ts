import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { expect, it } from 'vitest';
import { unbundledContext } from './synth.js';
import { createStacks } from '../../infra/waf.js';

it('passes the cdk-nag AwsSolutions checks, every acknowledgement justified in the stack', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'cc-nag-'));
  try {
    // With a built web app, so the upload (BucketDeployment and its function) is checked too.
    const buildDir = join(outdir, 'web');
    mkdirSync(join(buildDir, 'assets'), { recursive: true });
    writeFileSync(join(buildDir, 'index.html'), '<!doctype html>');
    writeFileSync(join(buildDir, 'assets', 'index-B7x_9kQz.js'), '');
    const app = new App({ context: unbundledContext(), outdir });
    // Both stacks, as infra/app.ts deploys them: the application and its web ACL in us-east-1.
    createStacks(app, { webAppBuildDir: buildDir, region: 'eu-west-3' });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    let report = '';
    try {
      app.synth();
    } catch (error) {
      report = (error as Error).message;
    }
    expect(report).toBe('');
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}, 60_000);
