/**
 * Names shared by the jest global setup/teardown and the integration tests: the env var that
 * says local services are up, and the state handed from setup to teardown.
 */
import type { LocalService } from '../../scripts/local/localService';

export const LOCAL_SERVICES_ENV = 'WINNOW_LOCAL_SERVICES';

/** Integration tests (real DynamoDB Local + s3rver) are named `*.int.test.ts`. */
export const INTEGRATION_TEST_SUFFIX = '.int.test.ts';

export interface LocalServicesState {
  services: LocalService[];
}

export const STATE_KEY = '__winnowLocalServices';
