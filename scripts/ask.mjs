#!/usr/bin/env node
/* global process */
/**
 * `node scripts/ask.mjs "…"` — or `budget-ask "…"` once the package's bin is linked (`npm link`) — is
 * `npm run ask -- "…"` without npm's own start-up (about a third of a second, more than the answer
 * takes): the same scripts/run.mjs, building first when the sources changed, then the bundled ask.
 */
process.argv.splice(2, 0, 'ask');
await import('./run.mjs');
