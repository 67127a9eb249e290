import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { CONFIGS, ConfigError, DEFAULT_ENVIRONMENT, ENVIRONMENT_NAMES, loadConfig, validateConfig } from '../../infra/config';

describe('Function: loadConfig', () => {
  it('selects dev when no environment is given', () => {
    // Act
    const config = loadConfig(undefined);
    // Assess
    expect(DEFAULT_ENVIRONMENT).toBe('dev');
    expect(config.envName).toBe('dev');
  });

  it.each(ENVIRONMENT_NAMES)('returns the %s settings', (name) => {
    // Act
    const config = loadConfig(name);
    // Assess
    expect(config).toEqual(CONFIGS[name]);
    expect(config.envName).toBe(name);
  });

  it('rejects an unknown environment with a message listing the known ones', () => {
    // Act
    const load = () => loadConfig('production');
    // Assess
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('Unknown environment "production". Known environments: dev, staging, prod');
  });

  it('takes the alarm e-mail from the command line', () => {
    // Act
    const config = loadConfig('prod', { alarmEmail: 'ops@example.com' });
    // Assess
    expect(config.alarmEmail).toBe('ops@example.com');
    expect(CONFIGS.prod.alarmEmail).toBeUndefined();
  });

  it('rejects a malformed alarm e-mail', () => {
    // Assess
    expect(() => loadConfig('dev', { alarmEmail: 'not-an-address' })).toThrow(/alarmEmail/);
  });
});

describe('Per-environment settings', () => {
  it('destroys everything with the dev stack', () => {
    // Assess
    expect(CONFIGS.dev.removalPolicy).toBe(RemovalPolicy.DESTROY);
    expect(CONFIGS.dev.deletionProtection).toBe(false);
  });

  it('retains data and protects tables from deletion in prod', () => {
    // Assess
    expect(CONFIGS.prod.removalPolicy).toBe(RemovalPolicy.RETAIN);
    expect(CONFIGS.prod.deletionProtection).toBe(true);
  });

  it.each(ENVIRONMENT_NAMES)('keeps dead letters 14 days and passes validation (%s)', (name) => {
    // Assess
    expect(CONFIGS[name].dlqRetention.toDays()).toBe(14);
    expect(validateConfig(CONFIGS[name])).toBe(CONFIGS[name]);
  });
});

describe('Function: validateConfig', () => {
  const base = CONFIGS.dev;

  it.each([
    ['maxConcurrency below 2', { function: { ...base.function, maxConcurrency: 1 } }, /maxConcurrency/],
    ['a timeout above 900 s', { function: { ...base.function, timeout: Duration.minutes(16) } }, /timeout/],
    ['batchSize above 10 without a window', { function: { ...base.function, batchSize: 50, maxBatchingWindow: Duration.seconds(0) } }, /maxBatchingWindow/],
    ['dlqRetention above 14 days', { dlqRetention: Duration.days(15) }, /dlqRetention/],
    ['overlapping suffixes', { keySuffixes: ['.txt', 'a.txt'] }, /overlap/],
    ['a non-integer size limit', { maxObjectBytes: 1.5 }, /maxObjectBytes/],
  ])('rejects %s', (_name, override, message) => {
    // Act
    const validate = () => validateConfig({ ...base, ...override });
    // Assess
    expect(validate).toThrow(ConfigError);
    expect(validate).toThrow(message);
  });
});
