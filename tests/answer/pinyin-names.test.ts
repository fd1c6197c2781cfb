import { describe, expect, it } from 'vitest';
import { DatasetEntities } from '../../src/core/answer/entities.js';
import { namePinyin } from '../../src/core/answer/pinyin-names.js';
import { runAudit } from '../../src/core/kb/audit.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { toPinyin } from '../../src/core/kb/pinyin.js';

const han = (s: string) => /\p{Script=Han}/u.test(s);

describe('pinyin of searchable names without pinyin-pro at start-up', () => {
  const [ds] = loadKnowledgeBase('data').datasets;
  const entities = new DatasetEntities(ds!, () => runAudit(ds!).findings);
  const cases = entities.all.flatMap((e) =>
    [e.name, ...e.aliases, ...e.fuzzyNames].filter(han).map((n) => [n, e.name] as const),
  );

  it('covers the names of the bundled document', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it('reads every one of them as pinyin-pro does', () => {
    const py = namePinyin(ds!);
    const differ = cases.filter(([name, whole]) => py(name, whole).join() !== toPinyin(name).join());
    expect(differ).toEqual([]);
  });

  it('derives a code alias and a name without its year from names already known', () => {
    const py = namePinyin({
      pinyin: new Map([
        ['行政运行', ['xingzhengyunxing', 'xzyx']],
        [
          '2021年视频会议系统运维服务项目',
          ['2021nianshipinhuiyixitongyunweifuwuxiangmu', '2021nsphyxtywfwxm'],
        ],
      ]),
    });
    expect(py('2010301行政运行')).toEqual(['2010301xingzhengyunxing', '2010301xzyx']);
    expect(py('视频会议系统运维服务项目', '2021年视频会议系统运维服务项目')).toEqual([
      'shipinhuiyixitongyunweifuwuxiangmu',
      'sphyxtywfwxm',
    ]);
  });
});
