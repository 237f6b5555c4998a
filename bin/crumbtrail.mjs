#!/usr/bin/env node
// The CLI is built into dist/cli by `npm run prepare` (which `npm ci` runs), as CommonJS (vite.cli.config.ts).
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../dist/cli/crumbtrail.cjs');
