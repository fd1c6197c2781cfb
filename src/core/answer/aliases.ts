/**
 * Everyday names staff use for classification codes (社保, 公积金, 工资…). Codes are the standard
 * 政府收支分类科目, so these hold for every department's document; a code absent from a document is
 * simply not offered.
 */
export const CODE_ALIASES: Record<string, string[]> = {
  '201': ['一般公共服务', '一般公共服务类'],
  '205': ['教育', '教育类'],
  '206': ['科技', '科技支出', '科学技术'],
  '208': ['社保', '社会保障', '社保支出', '社保和就业', '社会保障和就业'],
  '210': ['卫生', '卫生健康', '医疗卫生', '卫生支出'],
  '221': ['住房保障', '住房支出'],
  '20805': ['离退休经费', '离退休支出', '离退休费用'],
  '21011': ['医疗', '医疗支出', '医疗经费'],
  '2101101': ['医保', '医疗保险', '行政单位医保'],
  '2210201': ['住房公积金支出'],
  '301': ['工资', '工资福利', '人员工资', '工资支出', '薪酬'],
  '302': ['商品和服务', '商品服务支出'],
  '303': ['个人和家庭补助', '对个人补助'],
  '310': ['资本支出', '资本性'],
  '30108': ['养老保险', '养老', '养老金缴费'],
  '30109': ['年金', '职业年金'],
  '30113': ['公积金', '住房公积金'],
  '30239': ['交通费', '交通补贴', '交通费用'],
  '31002': ['办公设备', '设备购置'],
};

/**
 * Everyday words for a score the narrative states (绩效评价得分 86.03 分): 评分, 多少分, 什么等级. The
 * statement's sentence gives the grade beside the score, so the grade words find the same fact.
 */
export const SCORE_ALIASES: readonly string[] = [
  '评分',
  '得分',
  '分数',
  '多少分',
  '几分',
  '打分',
  '自评得分',
  '绩效得分',
  '绩效评分',
  '评价得分',
  '评价等级',
  '绩效等级',
  '什么等级',
  '等级',
  '评级',
];

/** What staff call the two 绩效 forms (部门整体绩效目标, 项目绩效目标), by table kind. */
export const FORM_ALIASES: Readonly<Record<string, readonly string[]>> = {
  整体绩效: [
    '部门整体绩效目标',
    '整体绩效目标',
    '部门整体绩效',
    '部门整体绩效目标表',
    '整体绩效表',
    '整体绩效目标申报表',
  ],
  项目绩效: ['项目绩效目标', '项目支出绩效目标', '项目绩效目标表', '项目绩效目标申报表', '项目绩效表'],
  部门预算明细: ['项目明细', '明细表', '预算明细表', '项目明细表'],
  基本支出: ['基本支出情况表', '基本支出表'],
  三公: ['三公表', '三公经费表'],
  收支总体: ['收支总表', '收支总体表', '部门收支总表'],
  财政拨款收支总体: ['财政拨款收支总表', '财政拨款总表'],
};

/** Everyday names of what the narrative states in words, by statement id. */
export const STATEMENT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'sangong.units': [
    '支出单位',
    '哪几个单位',
    '几个单位',
    '三公单位范围',
    '三公经费单位范围',
    '三公经费的单位范围',
    '三公的单位范围',
    '单位范围',
    '三公经费支出单位',
  ],
  'department.managedFunds': ['财务代管', '代管', '代管经费', '经费代管'],
  'project.mainProjects': ['主要项目', '重点项目'],
  'department.role': ['部门定位', '部门职能'],
};

/** Everyday names of the narrative's stated figures, by fact id. */
export const FACT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'staffing.实有': ['实际人数', '实际有多少人', '实际多少人', '实有', '在职人数', '实际在岗'],
  'staffing.临时工': ['临时工', '聘用人员'],
  // (The kind of post said without 编制: "行政编制几个" → "事业呢" → "工勤呢".)
  'staffing.行政编制': ['行政编'],
  'staffing.事业编制': ['事业编'],
  'staffing.工勤编制': ['工勤', '工勤编', '工勤人员'],
  // (The sentence's own words: "申报绩效目标的项目有N个，涉及一般公共预算当年拨款X万元".)
  'performance.amount': [
    '申报绩效目标的项目涉及一般公共预算当年拨款',
    '涉及一般公共预算当年拨款',
    '一般公共预算当年拨款',
    '绩效项目当年拨款',
    '绩效目标项目当年拨款',
    // ("涉及多少当年拨款" after the count: the sentence's verb with its money word.)
    '涉及当年拨款',
    '涉及一般公共预算',
    '涉及的当年拨款',
  ],
};
