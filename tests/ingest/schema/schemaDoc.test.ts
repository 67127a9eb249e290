import { readFileSync } from 'node:fs';
import { SCHEMA_DOC_PATH, renderSchemaDoc } from '../../../scripts/gen-schema-doc';

describe('Document: docs/schema.md', () => {
  it('equals the output of scripts/gen-schema-doc.ts (run it after changing a schema)', () => {
    expect(readFileSync(SCHEMA_DOC_PATH, 'utf8')).toBe(renderSchemaDoc());
  });
});
