import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import cdkJson from '../../cdk.json';
import { loadConfig } from '../../infra/config';
import type { WinnowConfig } from '../../infra/config';
import { INGEST_ENTRY, WinnowStack } from '../../infra/stacks/WinnowStack';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const STUB_ENTRY = 'tests/infra/fixtures/stubHandler.ts';
export const HANDLER_EXISTS = existsSync(path.join(PROJECT_ROOT, INGEST_ENTRY));

export interface Synthesized {
  readonly app: App;
  readonly stack: WinnowStack;
  readonly template: Template;
}

/**
 * Synthesizes the stack the way `cdk synth -c env=<name>` does (same cdk.json feature flags) but
 * without bundling. Uses the real handler entry once it exists, a stub until then.
 */
export function synth(envName: string, overrides: Partial<WinnowConfig> = {}): Synthesized {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const config = { ...loadConfig(envName), ...overrides };
  const stack = new WinnowStack(app, `Winnow-${config.envName}`, { config, ingestEntry: HANDLER_EXISTS ? undefined : STUB_ENTRY });
  return { app, stack, template: Template.fromStack(stack) };
}

/** The one resource of `type` whose logical id starts with `prefix`. */
export function logicalIdOf(template: Template, type: string, prefix: string): string {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} named ${prefix}…, found ${ids.length}`);
  return ids[0] as string;
}
