/**
 * Typed per-environment settings. `cdk deploy -c env=<name>` selects one (default `dev`);
 * everything that differs between environments lives here and nowhere else.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export const ENVIRONMENT_NAMES = ['dev', 'staging', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];
export const DEFAULT_ENVIRONMENT: EnvironmentName = 'dev';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface WinnowConfig {
  readonly envName: EnvironmentName;
  /** Tables, buckets, key and log groups: DESTROY (gone with the stack) or RETAIN (kept when the stack is deleted). */
  readonly removalPolicy: RemovalPolicy;
  /** DynamoDB deletion protection on every table. */
  readonly deletionProtection: boolean;
  /** Retention of the function's log group. */
  readonly logRetention: RetentionDays;
  readonly logLevel: LogLevel;
  readonly function: {
    readonly memorySize: number;
    readonly timeout: Duration;
    /** Upper bound on concurrent invocations the SQS event source starts (2–1000). */
    readonly maxConcurrency: number;
    readonly batchSize: number;
    readonly maxBatchingWindow: Duration;
  };
  /** How long a message stays in the dead-letter queue (at most 14 days, the SQS maximum). */
  readonly dlqRetention: Duration;
  /** Objects above this size are recorded as failed (TOO_LARGE) without being read. */
  readonly maxObjectBytes: number;
  /** Noncurrent upload versions are deleted this long after being replaced. */
  readonly noncurrentVersionExpiration: Duration;
  /** Server access logs are deleted after this long. */
  readonly accessLogExpiration: Duration;
  /** Only keys under this prefix with one of these suffixes reach the queue. */
  readonly keyPrefix: string;
  readonly keySuffixes: readonly string[];
  /** The oldest-message alarm fires when a notification waits longer than this. */
  readonly maxMessageAge: Duration;
  /** Optional e-mail address subscribed to the alarm topic. */
  readonly alarmEmail?: string;
}

const SHARED = {
  logLevel: 'INFO',
  dlqRetention: Duration.days(14),
  maxObjectBytes: 25 * 1024 * 1024,
  noncurrentVersionExpiration: Duration.days(30),
  accessLogExpiration: Duration.days(90),
  keyPrefix: 'incoming/',
  // Page text dumps, and saved HTML pages and JSON exports (the parser converts both).
  keySuffixes: ['.txt', '.md', '.html', '.htm', '.json', '.xml', '.rss', '.atom'],
  maxMessageAge: Duration.minutes(15),
} as const satisfies Partial<WinnowConfig>;

export const CONFIGS: Readonly<Record<EnvironmentName, WinnowConfig>> = {
  dev: {
    ...SHARED,
    envName: 'dev',
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.ONE_WEEK,
    logLevel: 'DEBUG',
    function: { memorySize: 1024, timeout: Duration.seconds(60), maxConcurrency: 2, batchSize: 10, maxBatchingWindow: Duration.seconds(1) },
    noncurrentVersionExpiration: Duration.days(7),
    accessLogExpiration: Duration.days(14),
  },
  staging: {
    ...SHARED,
    envName: 'staging',
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: false,
    logRetention: RetentionDays.ONE_MONTH,
    function: { memorySize: 1024, timeout: Duration.seconds(60), maxConcurrency: 5, batchSize: 10, maxBatchingWindow: Duration.seconds(5) },
  },
  prod: {
    ...SHARED,
    envName: 'prod',
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    logRetention: RetentionDays.THREE_MONTHS,
    function: { memorySize: 1769, timeout: Duration.seconds(120), maxConcurrency: 20, batchSize: 10, maxBatchingWindow: Duration.seconds(5) },
    noncurrentVersionExpiration: Duration.days(90),
    accessLogExpiration: Duration.days(365),
  },
};

/** Thrown for an `env` context value that names no known environment, or for settings AWS would reject. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function isEnvironmentName(value: string): value is EnvironmentName {
  return (ENVIRONMENT_NAMES as readonly string[]).includes(value);
}

/** Settings AWS would reject only at deploy time, checked at synth time instead. */
export function validateConfig(config: WinnowConfig): WinnowConfig {
  const problems: string[] = [];
  const fn = config.function;
  if (fn.maxConcurrency < 2 || fn.maxConcurrency > 1000) problems.push(`function.maxConcurrency ${fn.maxConcurrency} is outside 2–1000`);
  if (fn.timeout.toSeconds() > 900) problems.push(`function.timeout ${fn.timeout.toSeconds()} s exceeds Lambda's 900 s`);
  if (fn.memorySize < 128 || fn.memorySize > 10240) problems.push(`function.memorySize ${fn.memorySize} is outside 128–10240 MB`);
  if (fn.batchSize < 1 || fn.batchSize > 10000) problems.push(`function.batchSize ${fn.batchSize} is outside 1–10000`);
  if (fn.batchSize > 10 && fn.maxBatchingWindow.toSeconds() === 0) problems.push('function.batchSize above 10 needs a maxBatchingWindow');
  if (fn.maxBatchingWindow.toSeconds() > 300) problems.push('function.maxBatchingWindow exceeds 300 s');
  if (config.dlqRetention.toSeconds() < 60 || config.dlqRetention.toSeconds() > 14 * 86400) problems.push('dlqRetention is outside 1 minute–14 days');
  if (!Number.isInteger(config.maxObjectBytes) || config.maxObjectBytes <= 0) problems.push('maxObjectBytes must be a positive integer');
  if (config.alarmEmail !== undefined && !/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(config.alarmEmail)) problems.push(`alarmEmail "${config.alarmEmail}" is not an e-mail address`);
  // S3 rejects notification rules whose filters overlap for the same event type.
  for (const a of config.keySuffixes) {
    for (const b of config.keySuffixes) {
      if (a !== b && a.endsWith(b)) problems.push(`keySuffixes "${a}" and "${b}" overlap`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid config for "${config.envName}": ${problems.join('; ')}`);
  return config;
}

/** Settings that may come from the command line instead of this file (`-c alarmEmail=ops@example.com`). */
export interface ContextOverrides {
  readonly alarmEmail?: unknown;
}

/**
 * The config for an `env` context value (`cdk synth -c env=prod`); `undefined` selects the default.
 * @throws ConfigError naming the known environments when `name` is not one of them.
 */
export function loadConfig(name: unknown, overrides: ContextOverrides = {}): WinnowConfig {
  const envName = name === undefined || name === '' ? DEFAULT_ENVIRONMENT : String(name);
  if (!isEnvironmentName(envName)) {
    throw new ConfigError(`Unknown environment "${envName}". Known environments: ${ENVIRONMENT_NAMES.join(', ')} (pass one with -c env=<name>).`);
  }
  const alarmEmail = overrides.alarmEmail === undefined ? {} : { alarmEmail: String(overrides.alarmEmail) };
  return validateConfig({ ...CONFIGS[envName], ...alarmEmail });
}
