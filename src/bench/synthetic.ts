/**
 * Synthetic knowledge bases for the benchmark and the shortlist test: many departments × fiscal years
 * of 部门预算公开 documents, the same output for the same seed on every run.
 *
 * Each dataset is produced the way `npm run import` produces one: a source.txt in the export's layout
 * is generated and run through the real importer, and the folder gets the importer's files
 * (dataset.json with the source's sha256, tables, narrative, classifications, line items, performance,
 * glossary, and pinyin.json precomputed). The bundled document is the template: its table headers,
 * empty tables, 三公 table and 表十一/十二 forms are reused with the department, years and figures
 * replaced; the narrative is re-worded from the same sentences; 表一–表六 and 表九 are rendered from
 * the generated line items so every total adds up (basic/project split, 表六 by economic code, 三公).
 *
 * Names combine the bundled document's real classification names with district departments
 * (北京市东城区教育委员会) and project-name patterns seen in published budgets (2021年XX系统运维服务项目,
 * XX以前年度尾款, 日常公用支出（在职人员）_XX). Amounts are exact decimal strings; sums use Money.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { writeCatalog } from '../core/answer/catalog.js';
import { codeFingerprint } from '../core/kb/compiled.js';
import { compileDataset } from '../core/kb/loader.js';
import { datasetFiles, importBudget } from '../core/kb/importer.js';
import { toPinyin } from '../core/kb/pinyin.js';
import type { ClassificationsFileInput, TablesFileSchema } from '../core/kb/schema.js';
import { CHINESE_NUMERALS } from '../core/kb/tables.js';
import { Money, ZERO } from '../core/money.js';
import { pick, prng } from '../core/random.js';
import type { z } from 'zod';

/** Bump when the generated output changes, so cached folders are rebuilt. */
export const SYNTHETIC_VERSION = 3;

export const TEMPLATE_DIR = 'data/bjsxcqrmzfbgs-2020';

// ------------------------------------------------------------------ deterministic randomness

export { prng };

type Rng = () => number;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
function shuffle<T>(r: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** An amount in 元 between lo and hi (log-uniform), as an exact decimal string; often whole yuan. */
function amount(r: Rng, lo: number, hi: number): string {
  const yuan = Math.round(lo * (hi / lo) ** r());
  const fen = r() < 0.55 ? 0 : int(r, 1, 99);
  return `${yuan}.${String(fen).padStart(2, '0')}`;
}

// ------------------------------------------------------------------ vocabulary

const DISTRICTS = [
  '东城区',
  '西城区',
  '朝阳区',
  '海淀区',
  '丰台区',
  '石景山区',
  '门头沟区',
  '房山区',
  '通州区',
  '顺义区',
  '昌平区',
  '大兴区',
  '怀柔区',
  '平谷区',
  '密云区',
  '延庆区',
] as const;

const STREETS = [
  '什刹海',
  '德胜',
  '新街口',
  '金融街',
  '展览路',
  '月坛',
  '广安门内',
  '牛街',
  '白纸坊',
  '椿树',
  '大栅栏',
  '天桥',
  '陶然亭',
  '东华门',
  '景山',
  '交道口',
  '安定门',
  '北新桥',
  '东四',
  '朝阳门',
  '建国门',
  '和平里',
  '前门',
  '龙潭',
  '永定门外',
  '中关村',
  '学院路',
  '万寿路',
  '羊坊店',
  '卢沟桥',
] as const;

const SYSTEMS = [
  '办公自动化',
  '财务管理',
  '视频会议',
  '政务网络',
  '档案管理',
  '门户网站',
  '安防监控',
  '机要通信',
  '数据共享交换',
  '综合业务',
  '网格化管理',
  '电子公文',
  '资产管理',
  '人事管理',
  '应急指挥',
  '信访管理',
  '远程会商',
  '政务服务',
  '统一身份认证',
  '无线通信',
] as const;

const GENERIC_WORKS = [
  '办公设备购置',
  '软件正版化采购',
  '政务外网安全外包服务',
  '档案数字化加工',
  '办公用房维修',
  '宣传品印制',
  '法律顾问服务',
  '物业管理服务',
  '安保服务',
  '信息安全等级保护测评',
  '会议室改造',
  '业务用车租赁',
] as const;

const EQUIPMENT = [
  '办公电脑',
  '打印复印一体机',
  '会议音响设备',
  '服务器及存储设备',
  '无线通讯终端',
  '执法记录仪',
  '平板电脑',
  '机房空调',
  '不间断电源',
  '安检设备',
] as const;

const FACILITIES = ['办公楼', '机房', '食堂', '库房', '会议中心', '档案库房', '服务大厅', '值班室'] as const;

/** Units in a neighbourhood that projects are named after (什刹海社区卫生服务中心…) */
const UNITS = [
  '社区卫生服务中心',
  '社区服务站',
  '文化活动中心',
  '养老照料中心',
  '第一小学',
  '第二小学',
  '中学',
  '幼儿园',
  '图书馆分馆',
  '市民活动中心',
  '便民服务中心',
  '体育公园',
] as const;

const REASONS = [
  '工作需要项目预算资金有所增加',
  '人员减少、公务经费减少等',
  '工作内容调整所致',
  '重点项目资金增加',
  '压减一般性支出',
  '部分项目已完成，预算相应减少',
] as const;

interface Kind {
  name: string;
  short: string;
  duty: string;
  /** 行政运行 code of the department (basic items) */
  admin: string;
  /** Sub-unit codes that also carry basic items (schools, centres) */
  units: string[];
  /** Codes projects are budgeted under */
  projects: string[];
  works: string[];
}

const KINDS: Kind[] = [
  {
    name: '教育委员会',
    short: '区教委',
    duty: '全区教育事业规划、管理和督导',
    admin: '2050101',
    units: ['2050201', '2050202', '2050203', '2050204', '2050801'],
    projects: ['2050199', '2050299', '2050803'],
    works: [
      '校舍维修改造',
      '学生资助',
      '教师培训',
      '校园安全保卫',
      '中小学信息化建设',
      '学前教育扩容',
      '课后服务',
      '教育质量监测',
      '学生体质健康监测',
      '食堂设备更新',
    ],
  },
  {
    name: '卫生健康委员会',
    short: '区卫健委',
    duty: '全区卫生健康事业发展和公共卫生管理',
    admin: '2100101',
    units: ['2100401', '2100408'],
    projects: ['2100199', '2100408', '2100409'],
    works: [
      '疫情防控',
      '家庭医生签约服务',
      '基本公共卫生服务',
      '妇幼保健',
      '健康教育宣传',
      '医疗机构监督检查',
      '无偿献血宣传',
      '老年健康服务',
    ],
  },
  {
    name: '财政局',
    short: '区财政局',
    duty: '全区财政收支管理和财政监督',
    admin: '2010601',
    units: [],
    projects: ['2010699'],
    works: ['预算绩效评价', '财政信息化建设', '政府采购监管', '国有资产管理', '会计监督检查', '财政投资评审'],
  },
  {
    name: '发展和改革委员会',
    short: '区发展改革委',
    duty: '全区国民经济和社会发展规划的拟订和组织实施',
    admin: '2010401',
    units: [],
    projects: ['2010499'],
    works: ['重点项目前期研究', '价格监测', '节能降耗评估', '社会信用体系建设', '规划编制'],
  },
  {
    name: '人力资源和社会保障局',
    short: '区人力社保局',
    duty: '全区人力资源和社会保障工作',
    admin: '2080101',
    units: ['2080109'],
    projects: ['2080109'],
    works: ['就业创业服务', '职业技能培训', '劳动保障监察', '人才引进服务', '社保经办'],
  },
  {
    name: '民政局',
    short: '区民政局',
    duty: '全区民政事务管理',
    admin: '2080201',
    units: [],
    projects: ['2080208', '2081002'],
    works: ['养老服务驿站运营', '社区建设', '社会组织培育', '困难群众救助', '婚姻登记服务', '老年人助餐'],
  },
  {
    name: '司法局',
    short: '区司法局',
    duty: '全区法治建设和公共法律服务',
    admin: '2040601',
    units: [],
    projects: ['2040604', '2040610'],
    works: ['人民调解', '法律援助', '社区矫正', '普法宣传', '公共法律服务'],
  },
  {
    name: '生态环境局',
    short: '区生态环境局',
    duty: '全区生态环境保护和污染防治',
    admin: '2110101',
    units: [],
    projects: ['2110199', '2110301', '2110302'],
    works: ['大气污染防治', '水环境监测', '噪声治理', '环境执法检查', '机动车排放检测'],
  },
  {
    name: '城市管理委员会',
    short: '区城管委',
    duty: '全区城市管理和环境卫生',
    admin: '2120101',
    units: ['2120501'],
    projects: ['2120199', '2120501'],
    works: ['垃圾分类', '环境卫生保洁', '背街小巷整治', '公厕运维', '架空线入地', '夜景照明'],
  },
  {
    name: '住房和城乡建设委员会',
    short: '区住建委',
    duty: '全区住房保障和城乡建设管理',
    admin: '2120101',
    units: [],
    projects: ['2120199', '2120399'],
    works: ['老旧小区综合整治', '直管公房修缮', '建筑工地扬尘治理', '保障性住房管理', '危旧房改造'],
  },
  {
    name: '文化和旅游局',
    short: '区文化和旅游局',
    duty: '全区文化和旅游事业发展',
    admin: '2070101',
    units: ['2070104'],
    projects: ['2070109', '2070199'],
    works: ['公共文化服务', '非物质文化遗产保护', '图书馆图书采购', '群众文化活动', '旅游宣传推广'],
  },
  {
    name: '体育局',
    short: '区体育局',
    duty: '全区体育事业发展',
    admin: '2070301',
    units: [],
    projects: ['2070308'],
    works: ['全民健身设施', '体育赛事', '青少年体育培训', '体育场馆运维'],
  },
  {
    name: '市场监督管理局',
    short: '区市场监管局',
    duty: '全区市场综合监督管理',
    admin: '2013801',
    units: [],
    projects: ['2013899'],
    works: ['食品安全抽检', '特种设备检验', '消费维权', '价格监督检查', '计量器具检定'],
  },
  {
    name: '统计局',
    short: '区统计局',
    duty: '全区统计调查和统计监督',
    admin: '2010501',
    units: [],
    projects: ['2010507'],
    works: ['经济普查', '人口普查', '统计调查', '统计数据质量核查'],
  },
  {
    name: '审计局',
    short: '区审计局',
    duty: '全区审计监督',
    admin: '2010801',
    units: [],
    projects: ['2010804'],
    works: ['审计项目外聘中介', '审计信息化', '经济责任审计'],
  },
  {
    name: '科学技术和信息化局',
    short: '区科信局',
    duty: '全区科技创新和信息化建设',
    admin: '2060101',
    units: [],
    projects: ['2060702', '2069999'],
    works: ['科普活动', '政务云平台', '网络安全', '数据中心运维', '科技创新券'],
  },
  {
    name: '应急管理局',
    short: '区应急局',
    duty: '全区应急管理和安全生产监督',
    admin: '2240101',
    units: [],
    projects: ['2240106'],
    works: ['安全生产执法检查', '应急物资储备', '应急演练', '隐患排查治理'],
  },
  {
    name: '退役军人事务局',
    short: '区退役军人局',
    duty: '全区退役军人服务保障',
    admin: '2082801',
    units: ['2082850'],
    projects: ['2082850'],
    works: ['退役军人服务站', '优抚对象慰问', '退役军人就业培训'],
  },
  {
    name: '园林绿化局',
    short: '区园林绿化局',
    duty: '全区园林绿化建设和管理',
    admin: '2130201',
    units: [],
    projects: ['2130205'],
    works: ['公园绿地养护', '古树名木保护', '林木病虫害防治', '道路绿化'],
  },
  {
    name: '水务局',
    short: '区水务局',
    duty: '全区水务管理',
    admin: '2130301',
    units: [],
    projects: ['2130306'],
    works: ['河道治理', '排水设施维护', '节水宣传', '防汛物资储备'],
  },
  {
    name: '人民政府办公室',
    short: '区政府办公室',
    duty: '协助区政府领导同志处理区政府日常工作',
    admin: '2010301',
    units: [],
    projects: ['2010302', '2010399', '2069999'],
    works: ['机要信息中心运维', '政务值班', '督查督办', '电子政务', '区领导慰问', '服务联络办工作'],
  },
];

/** Functional codes (类/款/项) the generator uses, besides those the template publishes. */
const FUNCTIONAL: Record<string, string> = {
  '201': '一般公共服务支出',
  '20103': '政府办公厅（室）及相关机构事务',
  '2010301': '行政运行',
  '2010302': '一般行政管理事务',
  '2010399': '其他政府办公厅（室）及相关机构事务支出',
  '20104': '发展与改革事务',
  '2010401': '行政运行',
  '2010499': '其他发展与改革事务支出',
  '20105': '统计信息事务',
  '2010501': '行政运行',
  '2010507': '专项普查活动',
  '20106': '财政事务',
  '2010601': '行政运行',
  '2010699': '其他财政事务支出',
  '20108': '审计事务',
  '2010801': '行政运行',
  '2010804': '审计业务',
  '20138': '市场监督管理事务',
  '2013801': '行政运行',
  '2013899': '其他市场监督管理事务',
  '204': '公共安全支出',
  '20406': '司法',
  '2040601': '行政运行',
  '2040604': '基层司法业务',
  '2040610': '社区矫正',
  '205': '教育支出',
  '20501': '教育管理事务',
  '2050101': '行政运行',
  '2050199': '其他教育管理事务支出',
  '20502': '普通教育',
  '2050201': '学前教育',
  '2050202': '小学教育',
  '2050203': '初中教育',
  '2050204': '高中教育',
  '2050299': '其他普通教育支出',
  '20508': '进修及培训',
  '2050801': '教师进修',
  '2050803': '培训支出',
  '206': '科学技术支出',
  '20601': '科学技术管理事务',
  '2060101': '行政运行',
  '20607': '科学技术普及',
  '2060702': '科普活动',
  '20699': '其他科学技术支出',
  '2069999': '其他科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '20701': '文化和旅游',
  '2070101': '行政运行',
  '2070104': '图书馆',
  '2070109': '群众文化',
  '2070199': '其他文化和旅游支出',
  '20703': '体育',
  '2070301': '行政运行',
  '2070308': '群众体育',
  '208': '社会保障和就业支出',
  '20801': '人力资源和社会保障管理事务',
  '2080101': '行政运行',
  '2080109': '社会保险经办机构',
  '20802': '民政管理事务',
  '2080201': '行政运行',
  '2080208': '基层政权建设',
  '20805': '行政事业单位养老支出',
  '2080501': '行政单位离退休',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '20810': '社会福利',
  '2081002': '老年福利',
  '20828': '退役军人管理事务',
  '2082801': '行政运行',
  '2082850': '事业运行',
  '210': '卫生健康支出',
  '21001': '卫生健康管理事务',
  '2100101': '行政运行',
  '2100199': '其他卫生健康管理事务支出',
  '21004': '公共卫生',
  '2100401': '疾病预防控制机构',
  '2100408': '基本公共卫生服务',
  '2100409': '重大公共卫生服务',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '2101199': '其他行政事业单位医疗支出',
  '211': '节能环保支出',
  '21101': '环境保护管理事务',
  '2110101': '行政运行',
  '2110199': '其他环境保护管理事务支出',
  '21103': '污染防治',
  '2110301': '大气',
  '2110302': '水体',
  '212': '城乡社区支出',
  '21201': '城乡社区管理事务',
  '2120101': '行政运行',
  '2120199': '其他城乡社区管理事务支出',
  '21203': '城乡社区公共设施',
  '2120399': '其他城乡社区公共设施支出',
  '21205': '城乡社区环境卫生',
  '2120501': '城乡社区环境卫生',
  '213': '农林水支出',
  '21302': '林业和草原',
  '2130201': '行政运行',
  '2130205': '森林资源培育',
  '21303': '水利',
  '2130301': '行政运行',
  '2130306': '水利工程运行与维护',
  '221': '住房保障支出',
  '22102': '住房改革支出',
  '2210201': '住房公积金',
  '2210203': '购房补贴',
  '224': '灾害防治及应急管理支出',
  '22401': '应急管理事务',
  '2240101': '行政运行',
  '2240106': '安全监管',
};

/** [departmental code, name, government code, name] */
type Econ = readonly [string, string, string, string];

const E = {
  basicWage: ['30101', '基本工资', '50101', '工资奖金津补贴'],
  allowance: ['30102', '津贴补贴', '50101', '工资奖金津补贴'],
  bonus: ['30103', '奖金', '50101', '工资奖金津补贴'],
  merit: ['30107', '绩效工资', '50101', '工资奖金津补贴'],
  pension: ['30108', '机关事业单位基本养老保险缴费', '50102', '社会保障缴费'],
  annuity: ['30109', '职业年金缴费', '50102', '社会保障缴费'],
  socialOther: ['30112', '其他社会保障缴费', '50102', '社会保障缴费'],
  housingFund: ['30113', '住房公积金', '50103', '住房公积金'],
  wageOther: ['30199', '其他工资福利支出', '50199', '其他工资福利支出'],
  office: ['30201', '办公费', '50201', '办公经费'],
  printing: ['30202', '印刷费', '50201', '办公经费'],
  water: ['30205', '水费', '50201', '办公经费'],
  power: ['30206', '电费', '50201', '办公经费'],
  post: ['30207', '邮电费', '50201', '办公经费'],
  property: ['30209', '物业管理费', '50201', '办公经费'],
  travel: ['30211', '差旅费', '50201', '办公经费'],
  repair: ['30213', '维修（护）费', '50209', '维修（护）费'],
  meeting: ['30215', '会议费', '50202', '会议费'],
  training: ['30216', '培训费', '50203', '培训费'],
  reception: ['30217', '公务接待费', '50206', '公务接待费'],
  commission: ['30227', '委托业务费', '50205', '委托业务费'],
  union: ['30228', '工会经费', '50201', '办公经费'],
  welfare: ['30229', '福利费', '50201', '办公经费'],
  vehicle: ['30231', '公务用车运行维护费', '50208', '公务用车运行维护费'],
  transport: ['30239', '其他交通费用', '50201', '办公经费'],
  goodsOther: ['30299', '其他商品和服务支出', '50299', '其他商品和服务支出'],
  lixiu: ['30301', '离休费', '50905', '离退休费'],
  tuixiu: ['30302', '退休费', '50905', '离退休费'],
  familyOther: ['30399', '其他对个人和家庭的补助', '50999', '其他对个人和家庭的补助'],
  construction: ['30999', '其他基本建设支出', '50499', '其他资本性支出'],
  equipment: ['31002', '办公设备购置', '50306', '设备购置'],
  capitalOther: ['31099', '其他资本性支出', '50399', '其他资本性支出'],
} as const satisfies Record<string, Econ>;

const STAFF: [string, Econ][] = [
  ['人员支出（在职统发）', E.basicWage],
  ['人员支出（在职统发）', E.allowance],
  ['人员支出（在职统发）', E.bonus],
  ['人员支出（在职统发）', E.merit],
  ['人员支出（在职统发）', E.wageOther],
  ['人员支出（在职非统发）', E.wageOther],
  ['对个人和家庭补助支出（在职统发）', E.allowance],
];
const PUBLIC: Econ[] = [
  E.office,
  E.printing,
  E.water,
  E.power,
  E.post,
  E.property,
  E.travel,
  E.repair,
  E.meeting,
  E.training,
  E.union,
  E.welfare,
  E.transport,
  E.goodsOther,
];

// ------------------------------------------------------------------ plan

export interface DepartmentPlan {
  district: string;
  kind: Kind;
  department: string;
  shortName: string;
  year: number;
  items: number;
  /** Seed of this dataset's own PRNG: datasets do not depend on one another */
  seed: number;
}

export const YEARS = [2019, 2020, 2021, 2022, 2023] as const;

/** Departments × years until `items` line items are planned (the last dataset takes the remainder). */
export function planSynthetic(items: number, seed = 1): DepartmentPlan[] {
  const r = prng(seed);
  const depts = shuffle(
    r,
    DISTRICTS.flatMap((district) =>
      KINDS.filter((k) => !(district === '西城区' && k.name === '人民政府办公室')) // the real one
        .map((kind) => ({ district, kind })),
    ),
  );
  const plans: DepartmentPlan[] = [];
  let left = items;
  const ids = new Set<string>();
  for (const { district, kind } of depts) {
    if (left <= 0) break;
    const department = `北京市${district}${kind.name}`;
    const initials = toPinyin(department)[1];
    if (ids.has(initials)) continue; // two departments with the same dataset id: keep the first
    ids.add(initials);
    const span = int(r, 2, YEARS.length);
    const first = int(r, 0, YEARS.length - span);
    for (let y = first; y < first + span && left > 0; y++) {
      let n = Math.round(60 * 20 ** r());
      if (left - n < 40) n = left;
      plans.push({
        district,
        kind,
        department,
        shortName: kind.short,
        year: YEARS[y]!,
        items: n,
        seed: Math.floor(r() * 2 ** 31),
      });
      left -= n;
    }
  }
  if (left > 0) throw new Error(`not enough departments × years for ${items} items`);
  return plans;
}

// ------------------------------------------------------------------ one dataset

interface GenItem {
  fc: string;
  econ: Econ;
  name: string;
  amount: string;
  basic: boolean;
}

const YEAR_TOKEN = /(?<![0-9])(201[6-9]|202[0-9])(?![0-9])/g;

interface Template {
  lines: string[];
  tables: z.input<typeof TablesFileSchema>['tables'];
  functionalNames: Map<string, string>;
}

let templateCache: { dir: string; t: Template } | null = null;

function loadTemplate(dir: string): Template {
  if (templateCache?.dir === dir) return templateCache.t;
  const lines = readFileSync(join(dir, 'source.txt'), 'utf8').split('\n');
  const tables = (
    JSON.parse(readFileSync(join(dir, 'tables.json'), 'utf8')) as z.input<typeof TablesFileSchema>
  ).tables;
  const cls = JSON.parse(readFileSync(join(dir, 'classifications.json'), 'utf8')) as ClassificationsFileInput;
  const functionalNames = new Map(Object.entries(FUNCTIONAL));
  // The document's own names win where it publishes the code.
  for (const c of cls.functional) functionalNames.set(c.code, c.name);
  const t = { lines, tables, functionalNames };
  templateCache = { dir, t };
  return t;
}

function generateItems(p: DepartmentPlan, r: Rng): GenItem[] {
  const y = p.year;
  const basic: GenItem[] = [];
  const add = (fc: string, prefix: string, econ: Econ, lo: number, hi: number) =>
    basic.push({ fc, econ, name: `${prefix}_${econ[1]}`, amount: amount(r, lo, hi), basic: true });
  // The department's own office: staff, running costs, 三公, social security, retirees, housing.
  for (const [prefix, econ] of STAFF) add(p.kind.admin, prefix, econ, 200_000, 15_000_000);
  for (const econ of PUBLIC) add(p.kind.admin, '日常公用支出（在职人员）', econ, 5_000, 800_000);
  add(p.kind.admin, '日常公用支出（在职人员）', E.reception, 5_000, 120_000);
  add(p.kind.admin, '日常公用支出（在职人员）', E.vehicle, 10_000, 300_000);
  add('2080501', '对个人和家庭补助支出（离休统发）', E.lixiu, 50_000, 800_000);
  add('2080501', '对个人和家庭补助支出（离退休非统发）', E.tuixiu, 100_000, 2_000_000);
  add('2080501', '日常公用支出（离退休人员）', E.goodsOther, 10_000, 300_000);
  add('2080505', '人员支出（在职非统发）', E.pension, 500_000, 5_000_000);
  add('2080506', '人员支出（在职非统发）', E.annuity, 200_000, 2_500_000);
  add('2101101', '人员支出（在职非统发）', E.socialOther, 300_000, 3_000_000);
  add('2210201', '对个人和家庭补助支出（在职非统发）', E.housingFund, 300_000, 3_000_000);
  add('2210203', '对个人和家庭补助支出（在职非统发）', E.allowance, 100_000, 2_000_000);
  // Sub-units (schools, centres) repeat the same basic names under their own codes.
  for (const fc of p.kind.units) {
    if (basic.length > p.items * 0.3) break;
    for (const [prefix, econ] of STAFF.slice(0, 4)) add(fc, prefix, econ, 500_000, 30_000_000);
    for (const econ of PUBLIC.slice(0, 9)) add(fc, '日常公用支出（在职人员）', econ, 5_000, 600_000);
  }
  const nBasic = Math.min(basic.length, Math.max(p.items - 5, Math.ceil(p.items / 2)));
  const items = basic.slice(0, nBasic);

  const names = new Set<string>();
  const district = p.district;
  const projectName = (): [string, Econ] => {
    const yr = pick(r, [y, y, y, y - 1, y - 2]);
    const work = pick(r, r() < 0.6 ? p.kind.works : GENERIC_WORKS);
    switch (int(r, 0, 13)) {
      case 0:
      case 1:
        return [`${yr}年${pick(r, SYSTEMS)}系统运维服务项目`, pick(r, [E.repair, E.commission])];
      case 2:
        return [
          `${pick(r, [...SYSTEMS, ...p.kind.works])}以前年度尾款`,
          pick(r, [E.capitalOther, E.goodsOther]),
        ];
      case 3:
        return [`${district}${yr}年${work}项目`, pick(r, [E.commission, E.goodsOther])];
      case 4:
        return [`${yr}年${pick(r, STREETS)}地区${work}`, pick(r, [E.construction, E.repair, E.commission])];
      case 5:
        return [`${p.shortName.replace(/^区/, '')}${work}经费`, pick(r, [E.goodsOther, E.familyOther])];
      case 6:
        return [`${yr}年${district}${pick(r, GENERIC_WORKS)}项目`, pick(r, [E.goodsOther, E.equipment])];
      case 7:
        return [`${yr}年${pick(r, SYSTEMS)}专线租赁费`, E.repair];
      case 8:
        return [`${pick(r, STREETS)}${pick(r, FACILITIES)}维修改造工程`, pick(r, [E.construction, E.repair])];
      case 9:
        return [`更新${pick(r, EQUIPMENT)}经费`, E.equipment];
      case 10:
        return [`${pick(r, STREETS)}${pick(r, UNITS)}${work}`, pick(r, [E.commission, E.goodsOther])];
      case 11:
        return [
          `${yr}年${pick(r, STREETS)}${pick(r, UNITS)}${pick(r, FACILITIES)}改造`,
          pick(r, [E.construction, E.repair]),
        ];
      case 12:
        return [`${district}${pick(r, STREETS)}${pick(r, UNITS)}运行经费`, E.goodsOther];
      default:
        return [`${yr}年度${work}专项经费`, pick(r, [E.goodsOther, E.training, E.printing])];
    }
  };
  for (let tries = 0; items.length < p.items && tries < p.items * 50; tries++) {
    const [name, econ] = projectName();
    if (names.has(name)) continue;
    names.add(name);
    items.push({
      fc: pick(r, p.kind.projects),
      econ,
      name,
      amount: amount(r, 3_000, 30_000_000),
      basic: false,
    });
  }
  if (items.length < p.items) throw new Error(`${p.department} ${y}: ran out of project names`);
  return items;
}

const sumOf = (xs: readonly GenItem[]) => xs.reduce((s, i) => s.plus(i.amount), ZERO);
const fixed2 = (m: Money) => m.toFixed(2);
const grouped = (m: Money) => {
  const [int, frac] = m.toFixed(2).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
};
const wan = (m: Money) => m.dividedBy(10000).toDecimalPlaces(2).toFixed(2);
/** A plausible last-year figure: ±25 % of this year's, to the fen. */
const previousOf = (r: Rng, m: Money) => m.times(0.75 + r() * 0.5).toDecimalPlaces(2, Money.ROUND_HALF_UP);

/** "比上年X元增加Y元，增加Z%" parts for a current/previous pair. */
function change(cur: Money, prev: Money, digits = 1) {
  const diff = cur.minus(prev);
  const up = !diff.isNegative();
  const pct = prev.isZero() ? new Money(100) : diff.abs().dividedBy(prev).times(100);
  return {
    word: up ? '增加' : '减少',
    diff: grouped(diff.abs()),
    pct: pct.toDecimalPlaces(digits, Money.ROUND_HALF_UP).toFixed(digits),
  };
}

/** The figures the narrative and the 三公 table state, computed once from the items. */
interface Figures {
  total: Money;
  basic: Money;
  project: Money;
  reception: Money;
  receptionPrev: Money;
  vehicle: Money;
  publicBasic: Money;
  capital: GenItem[];
  totalPrev: Money;
  basicPrev: Money;
  projectPrev: Money;
  opPrev: Money;
}

function figures(items: GenItem[], r: Rng): Figures {
  const by = (code: string) => sumOf(items.filter((i) => i.econ[0] === code));
  const total = sumOf(items);
  const basic = sumOf(items.filter((i) => i.basic));
  const project = sumOf(items.filter((i) => !i.basic));
  const reception = by('30217');
  const publicBasic = sumOf(items.filter((i) => i.basic && i.econ[0].startsWith('302')));
  return {
    total,
    basic,
    project,
    reception,
    receptionPrev: previousOf(r, reception),
    vehicle: by('30231'),
    publicBasic,
    capital: items.filter((i) => /^31/.test(i.econ[0])),
    totalPrev: previousOf(r, total),
    basicPrev: previousOf(r, basic),
    projectPrev: previousOf(r, project),
    opPrev: previousOf(r, publicBasic),
  };
}

function narrative(p: DepartmentPlan, r: Rng, items: GenItem[], f: Figures): string[] {
  const y = p.year;
  const py = y - 1;
  const s = p.shortName;
  const { total, basic, project, reception, vehicle, publicBasic, capital } = f;
  const sangong = reception.plus(vehicle);
  // Last year's 公务用车 figure is 0 (as in the template), so last year's 三公 is the reception figure.
  const sangongPrev = f.receptionPrev;
  const [totalPrev, basicPrev, projectPrev, opPrev, receptionPrev] = [
    f.totalPrev,
    f.basicPrev,
    f.projectPrev,
    f.opPrev,
    f.receptionPrev,
  ];
  const ti = change(total, totalPrev);
  const tb = change(basic, basicPrev);
  const tp = change(project, projectPrev);
  const ts = change(sangong, sangongPrev, 2);
  const tr = change(reception, receptionPrev, 2);
  const to = change(publicBasic, opPrev, 2);
  const [admin, career, worker] = [int(r, 20, 200), int(r, 0, 120), int(r, 0, 30)];
  const [lixiu, tuixiu] = [int(r, 0, 5), int(r, 10, 200)];
  const perfWan = new Money(wan(project)).times(0.8 + r() * 0.2).toDecimalPlaces(2);
  const perfShare = perfWan
    .dividedBy(new Money(wan(project)))
    .times(100)
    .toDecimalPlaces(1)
    .toFixed(1);
  const assetsTotal = new Money(int(r, 2000, 40000));
  const [vehWan, genWan] = [new Money(int(r, 20, 300)), new Money(int(r, 500, 1500))];
  const mainProjects = items
    .filter((i) => !i.basic)
    .slice(0, 2)
    .map((i, k) => `${k === 0 ? '①' : '②'}${i.name}`)
    .join(' ');
  const duties = [
    `贯彻执行国家和本市有关${p.kind.duty}的法律、法规和政策。`,
    `拟订${p.kind.duty}的中长期规划和年度计划，并组织实施。`,
    `负责${p.kind.duty}的统筹协调和监督检查工作。`,
    `负责本系统的信息化建设和安全保障工作。`,
    `完成区委、区政府交办的其他任务。`,
  ];
  return [
    ` 第一部分  ${y}年部门预算情况说明`,
    '一、部门主要职责及机构设置情况',
    '（一）部门机构设置、职责',
    '',
    `${p.department}（以下简称${s}）是负责${p.kind.duty}的区政府工作部门，内设${int(r, 5, 20)}个科室,下设${int(r, 0, 6)}个事业单位。主要职责为:`,
    ...duties.map((d, i) => `${CHINESE_NUMERALS[i]}、${d}`),
    '',
    `${s}财务代管${s}全部经费。`,
    '',
    '（二）人员构成情况',
    '',
    `${s}行政编制${admin}人，事业编制${career}人，工勤编制${worker}人，实际${admin + career + worker - int(r, 0, 5)}人，长期聘用临时工${int(r, 0, 10)}人。`,
    '',
    `离退休人员${lixiu + tuixiu}人，其中：离休${lixiu}人，退休${tuixiu}人。`,
    '',
    `二、${y}年部门预算收支及增减变化情况说明`,
    '（一）收入预算说明',
    '',
    `${y}年收入预算${fixed2(total)}元,比${py}年收入预算${grouped(totalPrev)}元${ti.word}${ti.diff}元,${ti.word}${ti.pct}%。其中：财政拨款${fixed2(total)}元，比${py}年${grouped(totalPrev)}元${ti.word}${ti.diff}元，${ti.word}${ti.pct}%。主要原因是${pick(r, REASONS)}。`,
    '',
    '（二）支出预算说明',
    `${y}年支出预算${fixed2(total)}元,比${py}年支出预算${grouped(totalPrev)}元${ti.word}${ti.diff}元,${ti.word}${ti.pct}%。主要原因是${pick(r, REASONS)}。`,
    '',
    '三、主要支出情况',
    '',
    '（一）基本支出预算情况',
    '',
    `基本支出预算${fixed2(basic)}元，比${py}年${grouped(basicPrev)}元${tb.word}${tb.diff}元，${tb.word}${tb.pct}%。主要原因是${pick(r, REASONS)}。`,
    '',
    '（二）项目支出预算情况',
    '',
    `项目支出预算${fixed2(project)}元，比${py}年${grouped(projectPrev)}元${tp.word}${tp.diff}元，${tp.word}${tp.pct}%。主要原因是${pick(r, REASONS)}。主要项目有${mainProjects}。`,
    '',
    '四、部门“三公”经费财政拨款预算说明',
    '',
    '（一）“三公”经费的单位范围',
    `${p.department}部门预算中因公出国（境）费、公务接待费、公务用车购置及运行维护费的支出单位包括1个单位，即${s}。`,
    '',
    '（二）“三公”经费预算财政拨款情况说明',
    `${y}年部门预算“三公”经费财政拨款预算安排${grouped(sangong)}元，比${py}年“三公”经费财政拨款预算安排${grouped(sangongPrev)}元${ts.word}${ts.diff}元，${ts.word}${ts.pct}%，其中：`,
    '1.因公出国（境）费',
    `${y}年财政拨款预算安排0元。与上年持平。`,
    '2.公务接待费 ',
    `${y}年财政拨款预算安排${grouped(reception)}元，较上年${fixed2(receptionPrev)}元${tr.word}${tr.diff}元，${tr.word}${tr.pct}%，主要是${pick(r, REASONS)}。`,
    '3.公务用车购置及运行维护费',
    `${y}年实有公务用车数量为${int(r, 1, 6)}，财政拨款预算安排${grouped(vehicle)}元，其中公务用车购置费0元，公务用车运行维护费${grouped(vehicle)}元。`,
    '',
    `增减变化情况为公务用车购置及运行维护费总体费用较上年0增加${fixed2(vehicle)}元，增加100%，主要原因是公务用车纳入财政拨款保障。`,
    '五、其他情况说明',
    '',
    '（一）机构运行经费说明',
    '',
    `${y}年本部门（含下属单位）履行一般行政事业管理职能、维持机关运行，用于一般公共预算安排的行政运行经费，合计${fixed2(publicBasic)}元。比${py}年${grouped(opPrev)}元${to.word}${to.diff}元，${to.word === '增加' ? '增长' : '下降'}${to.pct}%，主要原因是${pick(r, REASONS)}。`,
    '',
    '（二）政府采购预算说明',
    '',
    `${y}年政府采购项目${capital.length}个，预算资金${fixed2(sumOf(capital))}元。`,
    '',
    '（三）政府购买服务预算说明',
    '',
    `${y}年涉及政府购买服务项目${int(r, 0, 12)}个。`,
    '',
    '（四）绩效目标情况及绩效评价结果说明',
    '',
    `${y}年本部门项目经费中申报绩效目标的项目有${int(r, 3, 40)}个，涉及一般公共预算当年拨款${perfWan.toFixed(2)}万元，占项目支出${wan(project)}万元的${perfShare}%。`,
    '',
    `${py}年${p.department}开展${y - 2}年部门预算整体支出绩效评价自评工作,评价得分为${int(r, 80, 97)}.${String(int(r, 0, 99)).padStart(2, '0')}分，绩效评价等级为${pick(r, ['良好', '优秀'])}。`,
    '（五）国有资本经营预算财政拨款情况说明',
    `本部门${y}年无国有资本经营预算财政拨款安排预算。`,
    '',
    '（六）国有资产占用情况说明',
    `截止${py}年部门固定资产总额${assetsTotal.toFixed(2)}万元，其中：车辆${int(r, 1, 12)}辆，${vehWan.toFixed(2)}万元；通用设备${genWan.toFixed(0)}万元，专用设备${assetsTotal.minus(vehWan).minus(genWan).times(r()).toDecimalPlaces(1).toString()}万元。`,
    `${y}年部门预算：安排购置车辆0台，0万元；安排购置单位价值50万元以上的通用设备0台（套）、0万元，安排购置单位价值100万元以上的专用设备0台（套）、0万元。`,
  ];
}

type Cells = (string | null)[];

function renderRows(rows: Cells[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const c of row) out.push(`\t${c ?? '\u3000'}`);
    out.push('');
  }
  return out;
}

/** Functional codes of the items with their parents, and per code: total, basic, project. */
function functionalRows(items: GenItem[], names: Map<string, string>) {
  const sums = new Map<string, { total: Money; basic: Money; project: Money }>();
  for (const i of items)
    for (const code of [i.fc.slice(0, 3), i.fc.slice(0, 5), i.fc]) {
      const s = sums.get(code) ?? { total: ZERO, basic: ZERO, project: ZERO };
      s.total = s.total.plus(i.amount);
      if (i.basic) s.basic = s.basic.plus(i.amount);
      else s.project = s.project.plus(i.amount);
      sums.set(code, s);
    }
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, s]) => {
      const name = names.get(code);
      if (!name) throw new Error(`no name for functional code ${code}`);
      return { code, name, ...s };
    });
}

const orNull = (m: Money) => (m.isZero() ? null : fixed2(m));

function tablesPart(items: GenItem[], t: Template): Map<number, Cells[]> {
  const total = fixed2(sumOf(items));
  const fn = functionalRows(items, t.functionalNames);
  const classes = fn.filter((f) => f.code.length === 3);
  const rows = new Map<number, Cells[]>();

  const income = [
    '预算内资金',
    '财政专户管理',
    '财政专户资金',
    '教育收费收入',
    '其他财政专户收入',
    '批准留用',
    '上级补助收入',
    '事业收入（不含事业单位预算外资金）',
    '经营收入',
    '附属单位上缴收入',
    '其他收入',
  ];
  const t1: Cells[] = [];
  for (let k = 0; k < Math.max(income.length, classes.length); k++) {
    const c = classes[k];
    t1.push([income[k] ?? null, k === 0 ? total : null, c?.name ?? null, c ? fixed2(c.total) : null]);
  }
  t1.push(
    ['本年收入合计', total, '本年支出合计', total],
    ['用事业基金弥补收支差额', null, null, null],
    ['上年结转', null, '结转下年', null],
    ['收入总计：', total, '支出总计：', total],
  );
  rows.set(1, t1);

  rows.set(2, [
    ...fn.map((f) => [f.code, f.name, fixed2(f.total), null, fixed2(f.total), ...Array<null>(7).fill(null)]),
    [null, '总计', total, null, total, ...Array<null>(7).fill(null)],
  ]);
  const basic = sumOf(items.filter((i) => i.basic));
  const project = sumOf(items.filter((i) => !i.basic));
  const t3 = fn.map((f) => [f.code, f.name, fixed2(f.total), orNull(f.basic), orNull(f.project)]);
  const total3 = [null, '总计', total, fixed2(basic), fixed2(project)];
  rows.set(
    3,
    [...t3, total3].map((r) => [...r, null, null, null]),
  );
  rows.set(5, [...t3, total3]);

  const left: [string | null, string | null][] = [
    ['一、本年收入', total],
    ['（一）一般公共预算拨款', total],
    ['（二）政府性基金预算拨款', null],
    [null, null],
    ['二、上年结转', null],
    ['（一）一般公共预算拨款', null],
    ['（二）政府性基金预算拨款', null],
  ];
  const right: [string, string][] = [
    ['一、本年支出', total],
    ...classes.map((c, k): [string, string] => [`（${CHINESE_NUMERALS[k]}）${c.name}`, fixed2(c.total)]),
  ];
  const t4: Cells[] = [];
  for (let k = 0; k < Math.max(left.length, right.length); k++)
    t4.push([left[k]?.[0] ?? null, left[k]?.[1] ?? null, right[k]?.[0] ?? null, right[k]?.[1] ?? null]);
  t4.push([null, null, '二、结转下年', null], ['收入总计：', total, '支出总计：', total]);
  rows.set(4, t4);

  const t6 = new Map<string, { econ: Econ; sum: Money }>();
  for (const i of items.filter((x) => x.basic)) {
    const key = `${i.econ[2]}/${i.econ[0]}`;
    const e = t6.get(key) ?? { econ: i.econ, sum: ZERO };
    e.sum = e.sum.plus(i.amount);
    t6.set(key, e);
  }
  const personnel = (code: string) => code.startsWith('301') || code.startsWith('303');
  let pers = ZERO;
  let pub = ZERO;
  const t6rows: Cells[] = [...t6.values()].map(({ econ, sum }) => {
    if (personnel(econ[0])) pers = pers.plus(sum);
    else pub = pub.plus(sum);
    return [
      econ[2],
      econ[3],
      econ[0],
      econ[1],
      fixed2(sum),
      personnel(econ[0]) ? fixed2(sum) : null,
      personnel(econ[0]) ? null : fixed2(sum),
    ];
  });
  t6rows.push([null, null, null, '总计', fixed2(basic), fixed2(pers), fixed2(pub)]);
  rows.set(6, t6rows);

  rows.set(9, [
    ...items.map((i) => [
      i.fc,
      t.functionalNames.get(i.fc)!,
      i.econ[2],
      i.econ[3],
      i.econ[0],
      i.econ[1],
      i.name,
      i.amount,
    ]),
    [null, null, '合计', null, null, null, null, total],
  ]);
  return rows;
}

/** The 表十一/十二 projects of the template, replaced by three of this dataset's projects. */
const TEMPLATE_PROJECTS = [
  { name: '服务联络办工作经费', amount: '1500000.00' },
  { name: '西城区2020年政府绩效管理项目', amount: '1610000.00' },
  { name: '通讯指挥中心运维费', amount: '1784000.00' },
] as const;

/** The generated source.txt of one dataset. */
export function syntheticSource(p: DepartmentPlan, templateDir = TEMPLATE_DIR): string {
  const t = loadTemplate(templateDir);
  const r = prng(p.seed);
  const items = generateItems(p, r);
  // Three projects get the template's 表十二 forms (and their funding) so the forms match 表九.
  const forms = items.filter((i) => !i.basic).slice(-3);
  forms.forEach((i, k) => (i.amount = TEMPLATE_PROJECTS[k]!.amount));
  const years = (s: string) => s.replace(YEAR_TOKEN, (y) => String(Number.parseInt(y, 10) - 2020 + p.year));
  const subst = (s: string) => {
    let out = s;
    forms.forEach((_i, k) => (out = out.split(TEMPLATE_PROJECTS[k]!.name).join(`\u0000${k}\u0000`)));
    out = years(out)
      .split('北京市西城区人民政府办公室')
      .join(p.department)
      .split('区政府办公室')
      .join(p.shortName)
      .split('西城区')
      .join(p.district);
    forms.forEach((i, k) => (out = out.split(`\u0000${k}\u0000`).join(i.name)));
    return out;
  };

  const f = figures(items, r);
  const { total, basic, project, reception, vehicle } = f;
  const rows = tablesPart(items, t);

  const out = narrative(p, r, items, f);
  const part2 = t.lines.findIndex((l) => /^\s*第二部分/.test(l));
  // 名称解释 (the glossary) is the same text in every document.
  const glossary = t.lines.findIndex((l) => /^[一二三四五六七八九十]+、名称解释/.test(l));
  out.push(...t.lines.slice(glossary, part2).map(years), years(t.lines[part2]!));
  const sorted = [...t.tables].sort((a, b) => a.number - b.number);
  sorted.forEach((table, k) => {
    const start = table.line - 1;
    const end = k + 1 < sorted.length ? sorted[k + 1]!.line - 1 : t.lines.length;
    const mine = rows.get(table.number);
    if (!mine) {
      let block = t.lines.slice(start, end).map(subst);
      if (table.number === 7)
        block = block.map((l) =>
          l
            .replace('22,320.24', grouped(reception))
            .replace('26,268.00', grouped(f.receptionPrev))
            .replace('25,000.00', grouped(vehicle))
            .replace('47,320.24', grouped(reception.plus(vehicle))),
        );
      if (table.number === 11)
        block = block.map((l) =>
          l.replace('12494.51', wan(total)).replace('3753.62', wan(basic)).replace('8740.89', wan(project)),
        );
      out.push(...block);
      return;
    }
    const first = table.rows[0]!.line - 1;
    const last = table.rows[table.rows.length - 1]!.endLine;
    out.push(...t.lines.slice(start, first).map(subst), ...renderRows(mine), ...t.lines.slice(last + 1, end));
  });
  return out.join('\n');
}

// ------------------------------------------------------------------ writing a knowledge base

export interface SyntheticKb {
  dir: string;
  datasets: number;
  items: number;
  /** Generated now (false: reused from an earlier run) */
  generated: boolean;
  ms: number;
}

/**
 * Writes (or reuses) a folder of datasets holding `items` line items in all: copies of the `include`
 * dataset folders (e.g. the bundled document) plus synthetic datasets for the rest. The folder is reused
 * when its stamp matches this generator version, seed, size and inputs; otherwise it is rebuilt from
 * scratch (into a temporary folder, renamed when complete).
 */
export function writeSyntheticKb(
  dir: string,
  items: number,
  opts: { seed?: number; templateDir?: string; include?: string[] } = {},
): SyntheticKb {
  const started = performance.now();
  const seed = opts.seed ?? 1;
  const templateDir = opts.templateDir ?? TEMPLATE_DIR;
  const include = opts.include ?? [];
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const included = include.map((d) => ({
    dir: d,
    sha: sha(join(d, 'line-items.json')),
    items: (JSON.parse(readFileSync(join(d, 'line-items.json'), 'utf8')) as { items: unknown[] }).items
      .length,
  }));
  const synthetic = items - included.reduce((n, d) => n + d.items, 0);
  // What this importer writes for the template: a folder written by another importer version (another
  // checkout sharing the temp folder, an older build) is not reused.
  const format = createHash('sha256')
    .update(
      Object.values(datasetFiles(importBudget(readFileSync(join(templateDir, 'source.txt'), 'utf8')))).join(
        '\n',
      ),
    )
    .digest('hex');
  const stamp = JSON.stringify({
    version: SYNTHETIC_VERSION,
    seed,
    items,
    format,
    template: sha(join(templateDir, 'source.txt')),
    include: included.map((d) => [basename(d.dir), d.sha]),
  });
  const stampFile = join(dir, 'synthetic.json');
  const plans = planSynthetic(synthetic, seed);
  const datasets = plans.length + included.length;
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    // The same data, compiled by other code: compiled again (each dataset validated in full and audited).
    const codeFile = join(dir, 'compiled-code.txt');
    if (!existsSync(codeFile) || readFileSync(codeFile, 'utf8') !== codeFingerprint()) {
      for (const d of readdirSync(dir, { withFileTypes: true }))
        if (d.isDirectory()) compileDataset(join(dir, d.name));
      writeFileSync(codeFile, codeFingerprint());
    }
    return { dir, datasets, items, generated: false, ms: performance.now() - started };
  }
  rmSync(dir, { recursive: true, force: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const d of included) {
    cpSync(d.dir, join(tmp, basename(d.dir)), { recursive: true });
    compileDataset(join(tmp, basename(d.dir)));
  }
  for (const p of plans) {
    const text = syntheticSource(p, templateDir);
    const result = importBudget(text, `${p.department} ${p.year}`);
    if (result.lineItems.length !== p.items)
      throw new Error(
        `${p.department} ${p.year}: the importer read ${result.lineItems.length} line items, expected ${p.items}`,
      );
    const sub = join(tmp, result.meta.id);
    mkdirSync(sub);
    writeFileSync(join(sub, 'source.txt'), text);
    for (const [name, content] of Object.entries(datasetFiles(result)))
      writeFileSync(join(sub, name), content);
    writeCatalog(sub, compileDataset(sub).ds);
  }
  writeFileSync(join(tmp, 'synthetic.json'), stamp);
  writeFileSync(join(tmp, 'compiled-code.txt'), codeFingerprint());
  renameSync(tmp, dir);
  return { dir, datasets, items, generated: true, ms: performance.now() - started };
}
