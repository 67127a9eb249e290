/**
 * Loads the production handler (functions/handlers/ingestArticle.ts) exactly as Lambda does: it
 * reads its configuration and creates its SDK clients from the environment when the module is
 * first imported. So the environment is set first, and one process serves one local stack (the
 * SDK clients keep the endpoints they first resolved).
 */
import type { IngestHandler } from '../../functions/ingest/createIngestHandler';

/** Variables that would send the handler's clients elsewhere than the local stack. */
const CONFLICTING_VARIABLES = ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL', 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'];

let loaded: { handler: IngestHandler; fingerprint: string } | null = null;

export async function loadProductionHandler(environment: Record<string, string>): Promise<IngestHandler> {
  const fingerprint = JSON.stringify(Object.entries(environment).sort());
  if (loaded !== null) {
    if (loaded.fingerprint !== fingerprint) {
      throw new Error('The ingest handler is already loaded for another local stack: run one local stack per process.');
    }
    return loaded.handler;
  }
  for (const name of CONFLICTING_VARIABLES) delete process.env[name];
  Object.assign(process.env, environment);
  const { handler } = await import('../../functions/handlers/ingestArticle.ts');
  loaded = { handler, fingerprint };
  return handler;
}
