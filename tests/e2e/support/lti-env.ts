/**
 * Where the tool and the test platform run, and the registration that joins
 * them: read by playwright.config.ts (to start both) and by the LTI tests.
 * The platform is on http://localhost, the tool on http://127.0.0.1: two
 * sites, so the tool in the course page's frame is third-party.
 */
export const TOOL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
export const LTI_PORT = Number(process.env.E2E_LTI_PORT ?? 3102);
export const PLATFORM = `http://localhost:${LTI_PORT}`;
export const CLIENT_ID = 'close-reader-e2e';
export const PLATFORM_NAME = 'Moodle (test)';

/** LTI_PLATFORMS for the tool, in the contract's shape. */
export const LTI_PLATFORMS = [
  {
    name: PLATFORM_NAME,
    issuer: PLATFORM,
    clientId: CLIENT_ID,
    deploymentIds: ['1'],
    authorizationUrl: `${PLATFORM}/auth`,
    tokenUrl: `${PLATFORM}/token`,
    keySetUrl: `${PLATFORM}/jwks`,
  },
];
