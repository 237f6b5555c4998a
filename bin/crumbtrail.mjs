#!/usr/bin/env node
// The CLI is built into dist/cli by `npm run prepare` (which `npm ci` runs).
import '../dist/cli/crumbtrail.mjs';
