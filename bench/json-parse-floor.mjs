// The floor the CLI is compared with: read a HAR and JSON.parse it, nothing more.
import { readFileSync } from 'node:fs';

const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
if (!Array.isArray(doc.log.entries)) process.exit(1);
