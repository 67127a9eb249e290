/** Stops what tests/helpers/globalSetup.ts started. */
import { STATE_KEY, type LocalServicesState } from './localServices';

async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[STATE_KEY] as LocalServicesState | undefined;
  if (state === undefined) return;
  await Promise.all(state.services.map((service) => service.stop()));
}

export = globalTeardown;
