import { describe, expect, it } from 'vitest';
import { SuggestionStore, parseSuggestionArgs, suggestionCustomIds } from '../../src/discord/suggestions.js';

describe('suggestion custom_ids', () => {
  it('carry the question inline when every one fits in 100 characters', () => {
    expect(suggestionCustomIds(['三公经费是多少', '30217 是什么'], new SuggestionStore())).toEqual([
      'ask:q:三公经费是多少',
      'ask:q:30217 是什么',
    ]);
  });

  it('go through the store when one does not fit, or a dataset must be carried', () => {
    const store = new SuggestionStore();
    const ids = suggestionCustomIds(['短', 'x'.repeat(95)], store);
    expect(ids.every((id) => id !== undefined && /^ask:s:[\w-]{8}:\d$/.test(id) && id.length <= 100)).toBe(
      true,
    );
    expect(suggestionCustomIds(['短'], store, 'ds-2020')[0]).toMatch(/^ask:s:/);
    expect(store.size).toBe(2);
  });

  it('without a store, leave out the ones that do not fit', () => {
    expect(suggestionCustomIds(['短', 'x'.repeat(95)], undefined)).toEqual(['ask:q:短', undefined]);
  });

  it.each([
    ['q:公务接待费是多少', { kind: 'text', question: '公务接待费是多少' }],
    ['q:a:b', { kind: 'text', question: 'a:b' }],
    ['s:AbC-_123:4', { kind: 'stored', key: 'AbC-_123', index: 4 }],
    ['q:', undefined],
    ['s:key', undefined],
    ['x:1', undefined],
    ['', undefined],
  ])('parses %j', (args, expected) => {
    expect(parseSuggestionArgs(args)).toEqual(expected);
  });
});

describe('SuggestionStore', () => {
  it('forgets entries after their time to live', () => {
    let now = 1_000;
    const store = new SuggestionStore({ ttlMs: 100, now: () => now });
    const key = store.put(['a', 'b'], 'ds');
    expect(store.get(key, 1)).toEqual({ question: 'b', datasetId: 'ds' });
    expect(store.get(key, 2)).toBeUndefined();
    now += 100;
    expect(store.get(key, 0)).toBeUndefined();
  });

  it('drops the oldest entries beyond its capacity', () => {
    const store = new SuggestionStore({ maxEntries: 2 });
    const first = store.put(['1']);
    store.put(['2']);
    const third = store.put(['3']);
    expect(store.size).toBe(2);
    expect(store.get(first, 0)).toBeUndefined();
    expect(store.get(third, 0)?.question).toBe('3');
  });
});
