/**
 * The Lambda bundle: zod (the schema source, ~450 KB minified) must stay out of the handler's
 * runtime import graph; the handler uses `import type` from functions/schema only.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ENTRY = resolve(__dirname, '../../../functions/handlers/ingestArticle.ts');

async function bundleInputs(): Promise<{ inputs: string[]; bytes: number }> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['@aws-sdk/*'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), bytes: result.outputFiles[0]?.contents.byteLength ?? 0 };
}

describe('Bundle: functions/handlers/ingestArticle.ts', () => {
  it('leaves zod out of the runtime import graph', async () => {
    // Act
    const { inputs } = await bundleInputs();
    // Assess
    expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs).toContainEqual(expect.stringContaining('functions/schema/constants.ts'));
    expect(inputs).not.toContainEqual(expect.stringContaining('functions/schema/items.ts'));
    expect(inputs).toContainEqual(expect.stringContaining('@aws-lambda-powertools/batch'));
  });
});
