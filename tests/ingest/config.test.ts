import { ConfigError } from '#errors';
import { DEFAULT_MAX_OBJECT_BYTES, readIngestConfig } from '../../functions/ingest/config';

const env = {
  ARTICLES_TABLE: 'articles',
  COMMENTS_TABLE: 'comments',
  INGESTIONS_TABLE: 'ingestions',
  PROCESSED_BUCKET: 'processed',
};

describe('Function: readIngestConfig', () => {
  it('reads the variables named in functions/schema/environment.ts', () => {
    expect(readIngestConfig({ ...env, MAX_OBJECT_BYTES: '2048' })).toEqual({
      articlesTable: 'articles',
      commentsTable: 'comments',
      ingestionsTable: 'ingestions',
      processedBucket: 'processed',
      maxObjectBytes: 2048,
    });
  });

  it('defaults MAX_OBJECT_BYTES', () => {
    expect(readIngestConfig(env).maxObjectBytes).toBe(DEFAULT_MAX_OBJECT_BYTES);
  });

  it('names a missing variable', () => {
    expect(() => readIngestConfig({ ...env, COMMENTS_TABLE: '' })).toThrow(/COMMENTS_TABLE/);
  });

  it('rejects a malformed size limit', () => {
    expect(() => readIngestConfig({ ...env, MAX_OBJECT_BYTES: '1e3.5' })).toThrow(ConfigError);
  });
});
