/**
 * Runs first in the app (main.tsx imports it before anything else). The server's CSP has no
 * 'unsafe-eval' (docs/clinic-security.md §1.3), so zod's generated fast path cannot run in the browser;
 * zod would still probe for it with `new Function("")` when it builds its first schema, and
 * the browser reports every such probe as a policy violation. `jitless` skips the probe; the
 * ordinary parser gives the same results (`compiled-schemas.test.ts`).
 */
const zodConfig = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodConfig.__zod_globalConfig = { ...zodConfig.__zod_globalConfig, jitless: true };
