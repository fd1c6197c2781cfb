/**
 * Long messages whose question names a field that several things have, and follow-ups found after the
 * round's first measurement. Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line
 * numbers below); sums and ratios worked by hand with decimal.js.
 */
import { describe, expect, it } from 'vitest';
import { ask, text } from '../helpers/asking.js';

describe('a long message: the field asked is of the thing the clause before named', () => {
  it('…请问那个通讯指挥中心运维费，年度资金总额是多少？…想先核对一下总数: 178.4 万元 (表十二, L2907), not 表十一 12,494.51 万元', () => {
    const a = ask(
      '您好，我们是受托做绩效评价的第三方，现在在梳理项目清单。请问那个通讯指挥中心运维费，年度资金总额是多少？我们看到绩效申报表里有分项，想先核对一下总数。',
    );
    expect(a.title).toMatch(/^通讯指挥中心运维费/);
    expect(text(a)).toMatch(/年度资金总额：178\.40 万元/);
    expect(text(a)).not.toMatch(/12,494\.51/);
  });
});
