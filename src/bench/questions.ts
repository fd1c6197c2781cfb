/**
 * The benchmark's fixed question and autocomplete sets: the staff questions of the answer-engine tests
 * (asked of the bundled dataset), plus questions drawn deterministically from whatever datasets are
 * loaded — names, abbreviations, typos, codes, pinyin, totals, year-over-year, breakdowns and
 * out-of-scope — each asked of its own dataset, as the Discord dataset option would.
 */
import type { Dataset, KnowledgeBase } from '../core/kb/loader.js';
import { normalizeText } from '../core/text.js';
import { prng } from './synthetic.js';

export type Category =
  | 'staff'
  | 'name'
  | 'abbreviation'
  | 'typo'
  | 'code'
  | 'pinyin'
  | 'total'
  | 'yoy'
  | 'breakdown'
  | 'year'
  | 'out_of_scope';

export interface BenchQuestion {
  q: string;
  datasetId?: string;
  category: Category;
  /** The entity the question means (name, abbreviation, typo and pinyin questions about a line item) */
  intended?: string;
}

export const REAL_DATASET = 'bjsxcqrmzfbgs-2020';

/** Questions as staff type them (from tests/answer/questions.test.ts), asked of the bundled document. */
export const STAFF_QUESTIONS: readonly string[] = [
  '公务接待费多少？',
  '接待费',
  '招待费多少',
  '公务接代费',
  'gwjdf',
  'gongwujiedaifei',
  'How much is the official reception budget?',
  '机要运维那个项目多少钱',
  'jyyw',
  '软件正版化采购多少钱',
  '预留机动费',
  '慰问经费多少',
  '讯飞听见',
  '移动视频会议系统扩建',
  '云平台',
  '2019年无线网络租赁费',
  '养老保险',
  '公积金多少',
  '电费多少',
  '公车运维',
  '无线网络租赁费',
  '以前年度尾款',
  '30217 是什么',
  '2010301是多少',
  '206 科学技术支出',
  '30299是多少',
  '9999999',
  '收入多少',
  '总预算多少',
  '项目支出多少',
  '人员经费',
  'total income',
  '上年结转',
  '三公比去年涨了多少',
  '公务接待费比去年',
  '基本支出为什么减少',
  '机构运行经费比去年',
  '去年公务接待费多少',
  '2019年三公经费',
  'sgjf',
  '有几辆公务用车',
  '三公经费构成',
  '按功能分类的支出构成',
  '按经济分类',
  '基本支出按经济分类',
  '科学技术支出占多少',
  '公务接待费占三公经费的比例',
  '最大的几个项目',
  '最小的几项支出',
  '什么是机构运行经费',
  '三公经费是什么意思',
  '表六是什么',
  '公务接待费出处',
  '有多少编制',
  '离退休人员多少',
  '固定资产',
  '绩效评价得分',
  '谁负责绩效管理项目',
  '通讯指挥中心运维费的绩效指标',
  '有没有不一致的地方',
  '表六加起来对吗',
  '2021年公务接待费',
  '东城区教育委员会的三公经费',
  '2025年的收入',
  '火星基地建设费',
  '今天天气怎么样',
  '帮助',
];

const TOTALS = ['收入多少', '支出合计', '基本支出', '项目支出多少', '财政拨款', '三公经费多少', '人员经费'];
const YOY = [
  '三公比去年涨了多少',
  '收入比去年增加多少',
  '基本支出为什么减少',
  '项目支出比去年变化',
  '公务接待费比去年',
  '机构运行经费比去年',
];
const BREAKDOWNS = [
  '按功能分类的支出构成',
  '按经济分类',
  '基本支出和项目支出各多少',
  '三公经费构成',
  '最大的几个项目',
  '前5大支出明细',
  '基本支出按经济分类',
];
const OUT_OF_SCOPE = [
  '2035年的收入',
  '火星基地建设费',
  '今天天气怎么样',
  '延庆区园林绿化局2030年预算',
  'asdfghjkl',
];
/** Characters a hurried typist substitutes (same sound or shape). */
const TYPO: Record<string, string> = {
  费: '废',
  务: '物',
  待: '代',
  维: '为',
  项: '向',
  目: '木',
  经: '径',
  护: '户',
  理: '里',
  购: '构',
  设: '没',
  备: '各',
  运: '云',
  服: '福',
  系: '细',
  统: '通',
};

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** The part of a name staff would type: no leading year, district or "北京市". */
function core(name: string): string {
  return normalizeText(name)
    .replace(/^(北京市)?(\p{Script=Han}{2,3}区)?(\d{4}年度?)?/u, '')
    .replace(/^\d{4}年度?/, '');
}

/**
 * `count` questions drawn from the loaded datasets (seeded), plus the staff questions when the bundled
 * dataset is loaded (unless `staff: false`). Deterministic for a knowledge base and seed.
 */
export function benchQuestions(
  kb: KnowledgeBase,
  count: number,
  seed = 7,
  opts: { staff?: boolean } = {},
): BenchQuestion[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: BenchQuestion[] = [];
  if (opts.staff !== false && kb.datasets.some((d) => d.meta.id === REAL_DATASET))
    for (const q of STAFF_QUESTIONS) out.push({ q, datasetId: REAL_DATASET, category: 'staff' });
  const kinds: Category[] = [
    'name',
    'name',
    'abbreviation',
    'abbreviation',
    'typo',
    'code',
    'pinyin',
    'total',
    'yoy',
    'breakdown',
    'year',
    'out_of_scope',
  ];
  for (let k = 0; k < count; k++) {
    const ds = pick(kb.datasets);
    const item = pick(ds.lineItems);
    const category = kinds[k % kinds.length]!;
    const q = question(ds, item, category, r, pick);
    const named = ['name', 'abbreviation', 'typo'].includes(category);
    out.push({
      q,
      datasetId: ds.meta.id,
      category,
      ...(named ? { intended: `${ds.meta.id}/item/${item.id}` } : {}),
    });
  }
  return out;
}

function question(
  ds: Dataset,
  item: Dataset['lineItems'][number],
  category: Category,
  r: () => number,
  pick: <T>(xs: readonly T[]) => T,
): string {
  const name = item.name;
  const c = core(name.includes('_') ? name.split('_').pop()! : name) || normalizeText(name);
  switch (category) {
    case 'name':
      return r() < 0.5 ? name : `${c}多少钱`;
    case 'abbreviation': {
      // Four characters of the name in order, like 机要运维 for 机要信息中心运维费.
      const chars = [...c];
      if (chars.length <= 4) return c;
      const keep = new Set([0, 1]);
      while (keep.size < 4) keep.add(2 + Math.floor(r() * (chars.length - 2)));
      return chars.filter((_, i) => keep.has(i)).join('');
    }
    case 'typo': {
      const chars = [...c];
      const at = chars.findIndex((ch, i) => i > 0 && TYPO[ch]);
      if (at > 0) chars[at] = TYPO[chars[at]!]!;
      else if (chars.length > 3) chars.splice(1 + Math.floor(r() * (chars.length - 2)), 1);
      return chars.join('');
    }
    case 'code':
      return pick([
        `${item.departmentEconomic.code} 是什么`,
        item.functional?.code ?? item.name,
        `${item.governmentEconomic.code}是多少`,
        item.functional?.code.slice(0, 3) ?? item.departmentEconomic.code,
      ]);
    case 'pinyin': {
      const short = HAN_ONLY.test(c) && c.length <= 6 ? c : item.departmentEconomic.name;
      const py = ds.pinyin.get(short) ?? ds.pinyin.get(item.departmentEconomic.name);
      if (!py) return short;
      return r() < 0.5 ? py[1] : py[0];
    }
    case 'total':
      return pick(TOTALS);
    case 'yoy':
      return pick(YOY);
    case 'breakdown':
      return pick(BREAKDOWNS);
    case 'year':
      return `${ds.meta.fiscalYear}年${pick(['公务接待费', '三公经费', item.departmentEconomic.name, c])}`;
    default:
      return pick(OUT_OF_SCOPE);
  }
}

export interface BenchAutocomplete {
  q: string;
  datasetId: string;
}

/** What staff type into a Discord autocomplete box: prefixes, abbreviations, codes, initials. */
export function autocompleteQueries(kb: KnowledgeBase, count: number, seed = 11): BenchAutocomplete[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: BenchAutocomplete[] = [];
  for (let k = 0; k < count; k++) {
    const ds = pick(kb.datasets);
    const item = pick(ds.lineItems);
    const c = core(item.name.includes('_') ? item.name.split('_').pop()! : item.name) || item.name;
    const chars = [...c];
    const py = ds.pinyin.get(item.name);
    const q = [
      chars.slice(0, 1 + (k % 4)).join(''),
      chars.slice(0, 2).join('') + (chars[chars.length - 2] ?? ''),
      item.departmentEconomic.code.slice(0, 3 + (k % 3)),
      py ? py[1].replace(/^\d+n?/, '').slice(0, 2 + (k % 4)) : c,
      '',
    ][k % 5]!;
    out.push({ q, datasetId: ds.meta.id });
  }
  return out;
}
