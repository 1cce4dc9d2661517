// Every element's English texts have a translation in every locale chunk, under the element's
// id, with the same keys and the same parameters: a missing or misfiled translation would show
// English (or nothing) to a Thai, Norwegian or Malay user without any type error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageCatalog, Messages } from '../../src/i18n/messages.js';

const root = new URL('../../src/', import.meta.url).pathname;
const sources = [join(root, 'i18n/common.messages.ts')];
for (const element of readdirSync(join(root, 'elements'))) {
  for (const file of readdirSync(join(root, 'elements', element))) if (file.endsWith('.messages.ts')) sources.push(join(root, 'elements', element, file));
}

const catalogs: Messages<MessageCatalog>[] = [];
for (const source of sources) {
  for (const value of Object.values(await import(source))) catalogs.push(value as Messages<MessageCatalog>);
}

test('every catalog has its own id', () => {
  assert.ok(catalogs.length >= 7);
  const ids = catalogs.map((catalog) => catalog.id);
  assert.equal(new Set(ids).size, ids.length);
});

for (const locale of ['th', 'nb', 'ms']) {
  test(`the ${locale} chunk translates every catalog, key and parameter`, async () => {
    const chunk: Record<string, MessageCatalog> = (await import(join(root, `i18n/locales/${locale}.ts`))).default;
    assert.deepEqual(Object.keys(chunk).sort(), catalogs.map((catalog) => catalog.id).sort(), 'the chunk holds exactly the catalogs');
    for (const catalog of catalogs) {
      const translation = chunk[catalog.id];
      assert.deepEqual(Object.keys(translation).sort(), Object.keys(catalog.en).sort(), `${catalog.id}: same keys`);
      for (const [key, english] of Object.entries(catalog.en)) {
        const text = translation[key];
        assert.equal(typeof text, typeof english, `${catalog.id}.${key}: a ${typeof english} in both`);
        if (typeof english === 'function' && typeof text === 'function') {
          assert.equal(text.length, english.length, `${catalog.id}.${key}: same parameters`);
          const sample = text(...Array.from({ length: english.length }, (_, i) => `«${i}»`));
          for (let i = 0; i < english.length; i++) assert.ok(sample.includes(`«${i}»`), `${catalog.id}.${key} (${locale}) uses parameter ${i}`);
        } else {
          assert.ok(String(text).trim(), `${catalog.id}.${key} is not empty`);
        }
      }
    }
  });
}
