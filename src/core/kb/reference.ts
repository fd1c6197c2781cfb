/**
 * Class-level names of the national 政府收支分类科目 (economic classification). The budget document
 * publishes only 5-digit codes with names; breakdowns by class need the 3-digit class names, which
 * come from the national standard, not from the document — they are marked origin "standard".
 */
export const STANDARD_ECONOMIC_CLASSES: Record<
  string,
  { name: string; scheme: 'government' | 'department' }
> = {
  '301': { name: '工资福利支出', scheme: 'department' },
  '302': { name: '商品和服务支出', scheme: 'department' },
  '303': { name: '对个人和家庭的补助', scheme: 'department' },
  '307': { name: '债务利息及费用支出', scheme: 'department' },
  '309': { name: '资本性支出（基本建设）', scheme: 'department' },
  '310': { name: '资本性支出', scheme: 'department' },
  '311': { name: '对企业补助（基本建设）', scheme: 'department' },
  '312': { name: '对企业补助', scheme: 'department' },
  '313': { name: '对社会保障基金补助', scheme: 'department' },
  '399': { name: '其他支出', scheme: 'department' },
  '501': { name: '机关工资福利支出', scheme: 'government' },
  '502': { name: '机关商品和服务支出', scheme: 'government' },
  '503': { name: '机关资本性支出（一）', scheme: 'government' },
  '504': { name: '机关资本性支出（二）', scheme: 'government' },
  '505': { name: '对事业单位经常性补助', scheme: 'government' },
  '506': { name: '对事业单位资本性补助', scheme: 'government' },
  '507': { name: '对企业补助', scheme: 'government' },
  '508': { name: '对企业资本性支出', scheme: 'government' },
  '509': { name: '对个人和家庭的补助', scheme: 'government' },
  '510': { name: '对社会保障基金补助', scheme: 'government' },
  '511': { name: '债务利息及费用支出', scheme: 'government' },
  '512': { name: '债务还本支出', scheme: 'government' },
  '513': { name: '转移性支出', scheme: 'government' },
  '514': { name: '预备费及预留', scheme: 'government' },
  '599': { name: '其他支出', scheme: 'government' },
};

/** Functional class/款 levels by code length. */
export function functionalLevel(code: string): '类' | '款' | '项' | null {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : null;
}

export function economicScheme(code: string): 'government' | 'department' | null {
  if (/^5\d{2}(\d{2})?$/.test(code)) return 'government';
  if (/^3\d{2}(\d{2})?$/.test(code)) return 'department';
  return null;
}
