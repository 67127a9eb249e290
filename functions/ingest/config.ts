/**
 * The handler's configuration, read once from the environment variables named in
 * functions/schema/environment.ts.
 */
import { ConfigError } from '#errors';
import { ENV } from '#schema/environment';

export interface IngestConfig {
  articlesTable: string;
  commentsTable: string;
  ingestionsTable: string;
  processedBucket: string;
  maxObjectBytes: number;
}

export const DEFAULT_MAX_OBJECT_BYTES = 5 * 1024 * 1024;

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new ConfigError(`environment variable ${name} is not set`);
  return value;
}

function maxObjectBytes(env: NodeJS.ProcessEnv): number {
  const raw = env[ENV.maxObjectBytes];
  if (raw === undefined || raw === '') return DEFAULT_MAX_OBJECT_BYTES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${ENV.maxObjectBytes} must be a positive integer, got "${raw}"`);
  return value;
}

export function readIngestConfig(env: NodeJS.ProcessEnv): IngestConfig {
  return {
    articlesTable: required(env, ENV.articlesTable),
    commentsTable: required(env, ENV.commentsTable),
    ingestionsTable: required(env, ENV.ingestionsTable),
    processedBucket: required(env, ENV.processedBucket),
    maxObjectBytes: maxObjectBytes(env),
  };
}
