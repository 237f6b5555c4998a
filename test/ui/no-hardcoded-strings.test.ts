import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardcodedStrings } from './hardcoded-strings.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const UI_DIRECTORIES = ['src/ui', 'src/panel', 'src/popup'];

const tsxFiles = (directory: string): string[] =>
  readdirSync(join(ROOT, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx'))
    .map((entry) => join(entry.parentPath, entry.name));

describe('no hard-coded user-facing strings', () => {
  it('finds prose in JSX text, in user-facing attributes and in child expressions, and nothing else', () => {
    const sample = `
      const A = ({ t, n }) => (
        <p title="Close" class="close-button" aria-label={t('ui_detail_close')} data-x="plain code">
          Hello {'there'} {n === 'session' ? t('ui_badge_session') : null} {'; '} × {n > 0 ? \`\${n} items\` : ''}
          <input placeholder={'Type here'} type="search" />
        </p>
      );`;
    expect(hardcodedStrings('sample.tsx', sample).map((found) => found.text)).toEqual(['Close', 'Hello', 'there', 'items', 'Type here']);
  });

  it('has every UI text of the panel, the popup and the shared components in the catalog', () => {
    const files = UI_DIRECTORIES.flatMap(tsxFiles);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => hardcodedStrings(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
