import { intBetween, pick, seededRandom } from './random';

/** Surnames weighted roughly by frequency (王李张刘陈 first), given-name characters by gender. */
const SURNAMES =
  '王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN_M = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欣建国志新海峰亮成东文博';
const GIVEN_F = '芳娜敏静丽艳娟霞燕玲桂丹萍红琳雪倩颖洁莉婷慧晶妍梅秀英兰晓蕾月琴云春玉佳蓉';

export const DEMO_GROUPS = [
  '机关第一工会小组',
  '生产车间工会小组',
  '技术研发工会小组',
  '销售服务工会小组',
  '后勤保障工会小组',
  '财务审计工会小组',
];

export interface DemoMember {
  memberNo: string;
  name: string;
  gender: 'M' | 'F';
  groupIndex: number;
  joinDate: string;
  leaveDate: string | null;
  duesBaseCents: number;
  phone: string | null;
}

/**
 * A deterministic, realistic roster for the books of `year` (a past, complete year): `count` members spread over
 * the six groups, joining between 2003 and the year before, a few leaving during `year`, wage bases between
 * 3,000 and 18,000 yuan (most in whole yuan).
 */
export function demoRoster(count: number, seed: number, year: number): DemoMember[] {
  const rand = seededRandom(seed);
  const used = new Set<string>();
  const out: DemoMember[] = [];
  for (let i = 0; i < count; i++) {
    const gender = rand() < 0.52 ? 'M' : 'F';
    const chars = gender === 'M' ? GIVEN_M : GIVEN_F;
    let name: string;
    do {
      const surname = pick(rand, [...SURNAMES]);
      const given = rand() < 0.35 ? pick(rand, [...chars]) : pick(rand, [...chars]) + pick(rand, [...chars]);
      name = surname + given;
    } while (used.has(name));
    used.add(name);
    const joinYear = intBetween(rand, 2003, year - 1);
    const joinDate = `${joinYear}-${pad(intBetween(rand, 1, 12))}-${pad(intBetween(rand, 1, 28))}`;
    const leaves = rand() < 0.04;
    const leaveDate = leaves ? `${year}-${pad(intBetween(rand, 1, 12))}-${pad(intBetween(rand, 1, 28))}` : null;
    const yuan = intBetween(rand, 30, 180) * 100 + (rand() < 0.3 ? intBetween(rand, 0, 99) : 0);
    const fen = rand() < 0.1 ? intBetween(rand, 1, 99) : 0;
    out.push({
      memberNo: `GH${String(i + 1).padStart(4, '0')}`,
      name,
      gender,
      groupIndex: i % DEMO_GROUPS.length,
      joinDate,
      leaveDate,
      duesBaseCents: yuan * 100 + fen,
      phone:
        rand() < 0.8
          ? `1${pick(rand, ['3', '5', '8', '9'])}${String(intBetween(rand, 0, 999_999_999)).padStart(9, '0')}`
          : null,
    });
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
