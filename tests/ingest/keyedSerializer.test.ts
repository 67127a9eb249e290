import { KeyedSerializer } from '../../functions/ingest/keyedSerializer';

const tick = () => new Promise((done) => setTimeout(done, 5));

describe('Class: KeyedSerializer', () => {
  it('runs tasks of one key in arrival order, never overlapping', async () => {
    // Prepare
    const serializer = new KeyedSerializer();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
    };
    // Act
    await Promise.all([serializer.run('a', task('1')), serializer.run('a', task('2'))]);
    // Assess
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs tasks of different keys in parallel', async () => {
    const serializer = new KeyedSerializer();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
    };
    await Promise.all([serializer.run('a', task('a')), serializer.run('b', task('b'))]);
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
  });

  it('runs the next task even when the previous one failed', async () => {
    const serializer = new KeyedSerializer();
    const failed = serializer.run('a', () => Promise.reject(new Error('boom')));
    const next = serializer.run('a', () => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
