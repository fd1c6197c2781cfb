/** The reader on its own: lexicon marks, numbers and names found anywhere in a question. */
import { describe, expect, it } from 'vitest';
import { buildDictionary, normalizeQuestion, read } from '../../src/core/understand/read.js';
import { normalizeText } from '../../src/core/text.js';

const dictionary = buildDictionary(
  [
    { form: '公务接待费', id: 'topic/reception' },
    { form: '项目支出', id: 'topic/project' },
    { form: '三公', id: 'topic/sangong' },
    { form: '几个项目', id: 'topic/projectCount' },
    { form: '负责人', id: 'topic/head' },
    { form: '绩效', id: 'topic/performance' },
  ],
  normalizeText,
);

const marks = (q: string) =>
  read(q, dictionary).marks.map(
    (m) => `${m.mark.cat}${'value' in m.mark && m.mark.value ? `:${m.mark.value}` : ''}`,
  );

describe('reading a question', () => {
  it('normalises full-width text, drops quotes and keeps 、 as a separator', () => {
    expect(normalizeQuestion('“三公”经费　ＡＢＣ，公务接待费、差旅费？')).toBe(
      '三公经费 abc 公务接待费、差旅费',
    );
  });

  it.each([
    ['公务接待费比去年涨了多少', ['change:change', 'change:up', 'measure:amount']],
    ['三公里哪个最多', ['scope', 'order:desc']],
    ['项目支出占支出合计百分之几', ['share', 'percent']],
    ['请问一下公务接待费多少万', ['filler', 'filler', 'unit:万元']],
    ['公务接待费和差旅费分别多少', ['conj:and', 'conj:each']],
    [
      'how much is the reception budget this year',
      ['measure:amount', 'filler', 'filler', 'filler', 'time:current'],
    ],
  ])('finds the marks of %s', (q, expected) => {
    expect(marks(q)).toEqual(expect.arrayContaining(expected));
  });

  it('finds a name anywhere, with words around it', () => {
    const r = read('麻烦帮我看一下今年公务接待费大概安排了多少钱，谢谢', dictionary);
    expect(r.names.map((n) => n.text)).toEqual(['公务接待费']);
  });

  it('reads a name made only of lexicon words as words (几个项目 = 几个 + 项目), a longer lexicon phrase before a name', () => {
    expect(read('几个项目', dictionary).names).toEqual([]);
    expect(read('绩效指标', dictionary).names).toEqual([]);
    expect(marks('绩效指标')).toContain('measure:indicators');
  });

  it.each([
    ['2019年收入多少', { kind: 'year', year: 2019 }],
    ['19年收入多少', { kind: 'year', year: 2019 }],
    ['30217是什么', { kind: 'code', code: '30217' }],
    ['表七是什么', { kind: 'table', table: 7 }],
    ['前三大项目', { kind: 'top', n: 3 }],
    ['第二大的类', { kind: 'nth', n: 2, order: 'desc' }],
    ['那个2200万左右的项目', { kind: 'amount' }],
    ['超过一千万的项目', { kind: 'amount' }],
  ])('reads the number in %s', (q, expected) => {
    expect(read(q, dictionary).numbers).toEqual([expect.objectContaining(expected)]);
  });

  it('reads amounts in 元: 2200万 = 22,000,000 元, 一千万 = 10,000,000 元, 1.5亿 = 150,000,000 元', () => {
    const yuan = (q: string) => {
      const n = read(q, dictionary).numbers.find((x) => x.kind === 'amount');
      return n?.kind === 'amount' ? n.yuan.toFixed() : null;
    };
    expect(yuan('2200万左右')).toBe('22000000');
    expect(yuan('一千万以上')).toBe('10000000');
    expect(yuan('1.5亿')).toBe('150000000');
  });

  it('keeps a one-character mark inside a chunk, for the query stage to decide (机要信息中心 holds 中)', () => {
    const r = read('机要信息中心运维费', null);
    expect(r.chunks.map((c) => c.text)).toEqual(['机要信息中心运维费']);
  });
});
