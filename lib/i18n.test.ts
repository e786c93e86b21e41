import { describe, expect, it } from 'vitest';
import type { StorageArea } from './stored-value.ts';
import { loadLanguagePref, parseLanguagePref, resolveLanguage, saveLanguagePref } from './i18n.ts';

function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('resolveLanguage', () => {
  it('follows the first German or English browser language, regional variants included', () => {
    expect(resolveLanguage('auto', ['de-AT', 'en-US'])).toBe('de');
    expect(resolveLanguage('auto', ['de_CH'])).toBe('de');
    expect(resolveLanguage('auto', ['en-GB', 'de'])).toBe('en');
    expect(resolveLanguage('auto', ['fr-FR', 'de-DE', 'en'])).toBe('de');
  });

  it('falls back to English for other languages or none', () => {
    expect(resolveLanguage('auto', ['fr', 'it'])).toBe('en');
    expect(resolveLanguage('auto', [])).toBe('en');
    // "den" (Slavey) is not German.
    expect(resolveLanguage('auto', ['den'])).toBe('en');
  });

  it('lets the reader’s choice win over the browser', () => {
    expect(resolveLanguage('de', ['en-US'])).toBe('de');
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
  });
});

describe('the stored choice', () => {
  it('reads unknown or malformed values as "follow the browser"', () => {
    expect(parseLanguagePref('de')).toBe('de');
    expect(parseLanguagePref('en')).toBe('en');
    for (const bad of [undefined, null, 'DE', 'fr', 1, {}]) expect(parseLanguagePref(bad)).toBe('auto');
  });

  it('round-trips through storage', async () => {
    const area = memoryArea();
    expect(await loadLanguagePref(area)).toBe('auto');
    await saveLanguagePref('de', area);
    expect(area.data).toEqual({ uiLanguage: 'de' });
    expect(await loadLanguagePref(area)).toBe('de');
  });

  it('follows the browser when storage fails', async () => {
    const broken: StorageArea = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.resolve() };
    expect(await loadLanguagePref(broken)).toBe('auto');
  });
});
