import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CroissanceConnecteeStack } from '../../infra/stack.js';

export type Resource = { Type: string; Properties: Record<string, any> };

const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * cdk.json's context, as `cdk synth` reads it, without bundling the functions: esbuild's bundles are half of a
 * synthesis and nothing here reads them (stack.test.ts synthesizes with them, bundle.test.ts runs them).
 */
export function unbundledContext(): Record<string, unknown> {
  const { context } = JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8'));
  return { ...context, 'aws:cdk:bundling-stacks': [] };
}

/** The application stack as `cdk synth` builds it (cdk.json's context, a stand-in web app), in a folder of its own. */
export function synthesizeStack(prefix: string): {
  resources: Record<string, Resource>;
  ofType: (type: string) => [string, Resource][];
  cleanup: () => void;
} {
  const outdir = mkdtempSync(join(tmpdir(), prefix));
  const webAppBuildDir = join(outdir, 'web');
  mkdirSync(webAppBuildDir, { recursive: true });
  writeFileSync(join(webAppBuildDir, 'index.html'), '<!doctype html>');
  const stack = new CroissanceConnecteeStack(
    new App({ context: unbundledContext(), outdir }),
    'CroissanceConnectee',
    {
      webAppBuildDir,
    },
  );
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, Resource>;
  return {
    resources,
    ofType: (type) => Object.entries(resources).filter(([, r]) => r.Type === type),
    cleanup: () => rmSync(outdir, { recursive: true, force: true }),
  };
}
