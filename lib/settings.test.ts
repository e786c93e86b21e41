import { describe, expect, it } from 'vitest';
import type { StorageArea } from './stored-value.ts';
import {
  decide,
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  saveSettings,
  sameKinds,
  siteKey,
  siteModeOf,
  updateSettings,
  withEnabled,
  withKind,
  withSiteMode,
} from './settings.ts';

function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('parseSettings', () => {
  it('fills defaults for missing or malformed fields and drops unknown ones', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'no', kinds: { figure: false, person: false }, sites: { 'WWW.Heise.de': 'never', 'x.com': 'sometimes' }, extra: 1 })).toEqual({
      enabled: true,
      kinds: { chip: true, company: true, figure: false },
      sites: { 'heise.de': 'never' },
      watchTerms: [],
      colors: {},
    });
  });

  it("keeps the reader's watch terms and colours, and drops malformed ones", () => {
    const s = parseSettings({
      watchTerms: [{ term: '  Blackwell   Ultra ', kind: 'chip' }, { term: 'blackwell ultra', kind: 'chip' }, { term: 'x', kind: 'chip' }, { term: 'Rapidus', kind: 'fab' }, 'Rapidus'],
      colors: { chip: '#FF0000', company: 'red', figure: '#00ff00; x' },
    });
    expect(s.watchTerms).toEqual([{ term: 'Blackwell Ultra', kind: 'chip' }]);
    expect(s.colors).toEqual({ chip: '#ff0000' });
  });
});

describe('siteKey', () => {
  it('uses the host name without www. and refuses pages without a host', () => {
    expect(siteKey('https://www.Reuters.com/technology/x?y=1')).toBe('reuters.com');
    expect(siteKey('http://127.0.0.1:8080/a.html')).toBe('127.0.0.1');
    expect(siteKey('heise.de')).toBe('heise.de');
    expect(siteKey('file:///tmp/a.html')).toBeNull();
    expect(siteKey('not a host')).toBeNull();
  });
});

describe('decide', () => {
  it('follows the master switch, then the site, then the relevance gate', () => {
    const url = 'https://www.heise.de/news/1';
    expect(decide(DEFAULT_SETTINGS, url)).toBe('auto');
    expect(decide(withSiteMode(DEFAULT_SETTINGS, url, 'always'), url)).toBe('always');
    expect(decide(withSiteMode(DEFAULT_SETTINGS, url, 'never'), url)).toBe('off');
    expect(decide(withSiteMode(DEFAULT_SETTINGS, url, 'never'), 'https://golem.de/')).toBe('auto');
    expect(decide(withEnabled(withSiteMode(DEFAULT_SETTINGS, url, 'always'), false), url)).toBe('off');
    const back = withSiteMode(withSiteMode(DEFAULT_SETTINGS, url, 'always'), url, 'auto');
    expect(siteModeOf(back, url)).toBe('auto');
    expect(back.sites).toEqual({});
  });

  it('changes kinds without touching the rest', () => {
    const s = withKind(DEFAULT_SETTINGS, 'company', false);
    expect(s.kinds).toEqual({ chip: true, company: false, figure: true });
    expect(sameKinds(s, DEFAULT_SETTINGS)).toBe(false);
    expect(sameKinds(withKind(s, 'company', true), DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('storage', () => {
  it('saves, loads and updates through the storage area', async () => {
    const area = memoryArea();
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(withKind(DEFAULT_SETTINGS, 'figure', false), area);
    expect((await loadSettings(area)).kinds.figure).toBe(false);
    const next = await updateSettings((s) => withSiteMode(s, 'https://example.org/a', 'never'), area);
    expect(next.sites).toEqual({ 'example.org': 'never' });
    expect(area.data.settings).toEqual(next);
  });

  it('falls back to defaults when storage fails', async () => {
    const broken: StorageArea = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.reject(new Error('no')) };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });
});
