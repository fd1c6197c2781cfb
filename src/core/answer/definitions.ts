/**
 * General definitions for budget terms the document's 名称解释 does not cover. Answers mark them as
 * general (通用解释), never as the document's words. No figures here.
 */
export const STANDARD_DEFINITIONS: Record<string, string> = {
  income: '部门当年可以安排使用的全部资金来源，包括财政拨款、事业收入、经营收入、上年结转等。',
  expenditure: '部门当年安排的全部支出，按用途分为基本支出和项目支出。',
  basic: '为保障机构正常运转、完成日常工作任务而安排的支出，包括人员经费和公用经费。',
  project: '为完成特定行政任务或事业发展目标，在基本支出之外安排的支出，以具体项目列示。',
  personnel: '基本支出中用于人员的部分：工资福利支出（经济分类 301）和对个人和家庭的补助（303）。',
  public:
    '基本支出中用于机构日常运转的部分，主要是商品和服务支出（经济分类 302），如办公费、水电费、差旅费、会议费等。',
  fiscal: '同级财政安排给部门的资金，包括一般公共预算拨款和政府性基金预算拨款。',
  fund: '依照法律、行政法规向特定对象征收、收取或以其他方式筹集，专项用于特定公共事业发展的资金（政府性基金）安排的预算。',
  sangong: '因公出国（境）费、公务接待费、公务用车购置及运行维护费三项经费的合称。',
  procurement: '使用财政性资金采购依法制定的集中采购目录以内的或者采购限额标准以上的货物、工程和服务。',
  purchaseServices: '把属于政府职责范围、适合通过市场方式提供的服务事项，交由社会力量承担并付费的做法。',
  performance: '对预算资金设定产出、效果等目标和指标，并在执行后评价其完成情况。',
  stateCapital: '对国有资本收益作出支出安排的收支预算。',
  assets: '部门占有、使用的，依法确认为国家所有、能以货币计量的各种经济资源，如房屋、车辆、设备。',
};
