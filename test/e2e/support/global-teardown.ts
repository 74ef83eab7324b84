import apiGlobalTeardown from '../../support/global-teardown';
import { browserServer } from './browser';

export default async function globalTeardown(): Promise<void> {
  await browserServer()?.close();
  // Idempotent: when the api tests ran too, the template may already be gone.
  await apiGlobalTeardown();
}
