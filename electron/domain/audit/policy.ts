import { D } from '../money';
import type { AuditData, PolicyValue } from './rule';

/**
 * Policy profiles (政策参数方案): the national baseline and provincial profiles, as versioned data
 * (tables policy_profiles / policy_values, migration 0050). Each value carries its document number, effective-from
 * date and source grade; an edit is a new version; a finding records the version it used. A provincial profile
 * falls back to the national baseline for a key it does not set.
 */
export type PolicyValueType = 'yuan' | 'ratio' | 'list' | 'bool' | 'days' | 'text';

export interface PolicyKeyDef {
  key: string;
  type: PolicyValueType;
  label: { zh: string; en: string };
}

export const POLICY_KEYS: readonly PolicyKeyDef[] = [
  {
    key: 'cap.festival_year',
    type: 'yuan',
    label: { zh: '节日慰问品全年标准（每人）', en: 'Festival gifts per member per year' },
  },
  {
    key: 'cap.festival_each',
    type: 'yuan',
    label: { zh: '单个节日慰问品标准（每人）', en: 'Festival gifts per member per festival' },
  },
  {
    key: 'cap.spring_festival',
    type: 'yuan',
    label: { zh: '春节慰问品标准（每人）', en: 'Spring Festival gift per member' },
  },
  {
    key: 'cap.festival_income_share',
    type: 'ratio',
    label: { zh: '节日慰问总额占当年收入比例上限', en: 'Festival total as share of income' },
  },
  { key: 'cap.birthday', type: 'yuan', label: { zh: '生日慰问标准', en: 'Birthday gift cap' } },
  { key: 'cap.wedding', type: 'yuan', label: { zh: '结婚慰问标准', en: 'Wedding cap' } },
  { key: 'cap.childbirth', type: 'yuan', label: { zh: '生育慰问标准', en: 'Childbirth cap' } },
  { key: 'cap.illness', type: 'yuan', label: { zh: '住院慰问标准', en: 'Hospital condolence cap' } },
  { key: 'cap.death_member', type: 'yuan', label: { zh: '会员去世慰问标准', en: "Member's death cap" } },
  { key: 'cap.death_relative', type: 'yuan', label: { zh: '直系亲属去世慰问标准', en: "Relative's death cap" } },
  { key: 'cap.retirement', type: 'yuan', label: { zh: '退休纪念品标准', en: 'Retirement gift cap' } },
  { key: 'cap.award', type: 'yuan', label: { zh: '文体竞赛奖励每人上限', en: 'Award per person cap' } },
  {
    key: 'award.max_share',
    type: 'ratio',
    label: { zh: '获奖人数占参与人数上限', en: 'Winners as share of participants' },
  },
  { key: 'festivals.allowed', type: 'list', label: { zh: '可发放慰问品的节日', en: 'Festivals that allow gifts' } },
  {
    key: 'cash.allowed_types',
    type: 'list',
    label: { zh: '允许发放现金的慰问类型', en: 'Welfare types that may be paid in cash' },
  },
  { key: 'outing.same_day', type: 'bool', label: { zh: '春秋游须当日往返', en: 'Outings must return the same day' } },
  { key: 'outing.region', type: 'list', label: { zh: '春秋游限定地域', en: 'Outing area' } },
  { key: 'outing.per_head_day', type: 'yuan', label: { zh: '春秋游每人每天标准', en: 'Outing per person per day' } },
  {
    key: 'decision.threshold',
    type: 'yuan',
    label: { zh: '集体研究决定的金额起点', en: 'Collective-decision threshold' },
  },
  {
    key: 'cash.payment_limit',
    type: 'yuan',
    label: { zh: '现金支付限额（单笔）', en: 'Cash payment limit (one payment)' },
  },
  { key: 'cash.holding_limit', type: 'yuan', label: { zh: '库存现金限额', en: 'Cash-holding limit' } },
  { key: 'capital.threshold', type: 'yuan', label: { zh: '固定资产单价标准', en: 'Fixed-asset unit price threshold' } },
  {
    key: 'receivable.warn_days',
    type: 'days',
    label: { zh: '其他应收款挂账预警天数', en: 'Receivable age warning (days)' },
  },
  {
    key: 'receivable.writeoff_days',
    type: 'days',
    label: { zh: '其他应收款须核销天数', en: 'Receivable age for write-off (days)' },
  },
  {
    key: 'remittance.deadline_days',
    type: 'days',
    label: { zh: '上解经费期限（天）', en: 'Remittance deadline (days)' },
  },
  {
    key: 'allocation.grace_days',
    type: 'days',
    label: { zh: '拨缴经费到账宽限（天）', en: 'Allocation grace period (days)' },
  },
  { key: 'allocation.tolerance', type: 'yuan', label: { zh: '拨缴经费差额容忍度', en: 'Allocation tolerance' } },
  { key: 'dues.grace_days', type: 'days', label: { zh: '会费收缴宽限（天）', en: 'Dues grace period (days)' } },
];

export function policyKeyDef(key: string): PolicyKeyDef | undefined {
  return POLICY_KEYS.find((k) => k.key === key);
}

/** One seeded value: [key, value, document, effectiveFrom, grade, example, note]. */
export type SeedValue = readonly [string, string, string, string, 'A' | 'B' | 'C', boolean, string];

export interface SeedProfile {
  code: string;
  nameZh: string;
  nameEn: string;
  region: string | null;
  values: readonly SeedValue[];
}

const FESTIVALS = '元旦,春节,清明,劳动节,端午,中秋,国庆';

/** DOMAIN §2.2–2.3. Provincial caps are EXAMPLES to verify against the provincial text (example = true). */
export const SEED_PROFILES: readonly SeedProfile[] = [
  {
    code: 'national',
    nameZh: '全国基准',
    nameEn: 'National baseline',
    region: null,
    values: [
      [
        'festivals.allowed',
        FESTIVALS,
        '《全国年节及纪念日放假办法》（2024年11月10日第四次修订）',
        '2025-01-01',
        'B',
        false,
        '七个法定节日；经省级以上政府批准的少数民族节日另行添加',
      ],
      [
        'cash.allowed_types',
        'illness,death_member,death_relative',
        '总工办发〔2017〕32号（基层工会经费收支管理办法）',
        '2017-01-01',
        'C',
        false,
        '住院、去世慰问可发慰问金；节日、生日不得发现金',
      ],
      [
        'outing.same_day',
        'true',
        '厦门市总工会答复；湖北省实施细则',
        '2018-01-01',
        'B',
        true,
        '春秋游限本地、当日往返',
      ],
      [
        'decision.threshold',
        '10000',
        '示例：单位“三重一大”制度（全国无统一标准）',
        '2018-01-01',
        'C',
        true,
        '大额支出须集体研究，金额起点按本单位制度核实',
      ],
      [
        'capital.threshold',
        '1000',
        '财会〔2021〕7号《工会会计制度》',
        '2022-01-01',
        'A',
        false,
        '单价1000元以上（专用设备1500元）作为固定资产',
      ],
      [
        'receivable.warn_days',
        '365',
        '财会〔2021〕7号《工会会计制度》',
        '2022-01-01',
        'A',
        false,
        '其他应收款超过一年提示清理',
      ],
      [
        'receivable.writeoff_days',
        '1095',
        '财会〔2021〕7号《工会会计制度》',
        '2022-01-01',
        'A',
        false,
        '超过三年按规定报批核销',
      ],
      ['remittance.deadline_days', '90', '示例：按季上解（按上级工会规定核实）', '2018-01-01', 'C', true, ''],
      ['allocation.grace_days', '45', '示例：次月到账', '2018-01-01', 'C', true, ''],
      ['allocation.tolerance', '1', '示例', '2018-01-01', 'C', true, '差额在1元以内视为足额'],
      ['dues.grace_days', '31', '示例：按月收缴', '2018-01-01', 'C', true, ''],
      [
        'cash.payment_limit',
        '1000',
        '示例：《现金管理暂行条例》结算起点',
        '2011-01-08',
        'B',
        true,
        '单笔现金支付超过限额提示',
      ],
      ['award.max_share', '0.3', '示例：长沙市规定（参与人数30%）', '2018-01-01', 'C', true, ''],
    ],
  },
  {
    code: 'hubei-2018',
    nameZh: '湖北省（2018 实施细则，示例）',
    nameEn: 'Hubei (2018 rules, example)',
    region: '湖北',
    values: [
      [
        'cap.festival_year',
        '1200',
        '湖北省基层工会经费收支管理实施细则',
        '2018-01-01',
        'B',
        true,
        '经费充裕可至1500元；不得发现金、购物卡',
      ],
      ['cap.birthday', '300', '湖北省基层工会经费收支管理实施细则', '2018-01-01', 'B', true, '实物或提货券'],
      ['cap.wedding', '1000', '湖北省基层工会经费收支管理实施细则', '2018-01-01', 'B', true, '慰问品'],
      ['cap.childbirth', '500', '湖北省基层工会经费收支管理实施细则', '2018-01-01', 'B', true, '慰问品'],
      ['cap.illness', '1000', '湖北省基层工会经费收支管理实施细则', '2018-01-01', 'B', true, '慰问金'],
      ['cap.death_member', '1000', '湖北省基层工会经费收支管理实施细则', '2018-01-01', 'B', true, ''],
      ['cap.death_relative', '1000', '湖北省基层工会经费收支管理实施细则', '2018-01-01', 'B', true, ''],
      ['cap.retirement', '1000', '湖北省基层工会经费收支管理实施细则', '2018-01-01', 'B', true, '纪念品'],
      [
        'outing.region',
        '湖北,武汉',
        '湖北省基层工会经费收支管理实施细则',
        '2018-01-01',
        'B',
        true,
        '限定在武汉市范围，当日往返',
      ],
    ],
  },
  {
    code: 'fujian-2018',
    nameZh: '福建省（闽工〔2018〕158号，示例）',
    nameEn: 'Fujian (2018, example)',
    region: '福建',
    values: [
      ['cap.festival_year', '1300', '闽工〔2018〕158号', '2018-01-01', 'B', true, '不得发现金、购物卡、代金券'],
      ['cap.birthday', '300', '闽工〔2018〕158号', '2018-01-01', 'B', true, '蛋糕或蛋糕券'],
      ['cap.childbirth', '500', '闽工〔2018〕158号', '2018-01-01', 'B', true, '慰问品'],
      ['cap.illness', '1000', '闽工〔2018〕158号', '2018-01-01', 'B', true, '未手术500元，手术1000元'],
      ['cap.death_member', '2000', '闽工〔2018〕158号', '2018-01-01', 'B', true, ''],
      ['cap.death_relative', '1000', '闽工〔2018〕158号', '2018-01-01', 'B', true, ''],
      ['cap.retirement', '500', '闽工〔2018〕158号', '2018-01-01', 'B', true, ''],
    ],
  },
  {
    code: 'anhui-2018',
    nameZh: '安徽省（2018 实施办法（试行），示例）',
    nameEn: 'Anhui (2018 trial measures, example)',
    region: '安徽',
    values: [
      ['cap.festival_year', '1500', '安徽省基层工会经费收支管理实施办法（试行）', '2018-03-12', 'B', true, ''],
      ['cap.birthday', '300', '安徽省基层工会经费收支管理实施办法（试行）', '2018-03-12', 'B', true, ''],
      ['cap.wedding', '600', '安徽省基层工会经费收支管理实施办法（试行）', '2018-03-12', 'B', true, '实物或现金'],
      ['cap.childbirth', '600', '安徽省基层工会经费收支管理实施办法（试行）', '2018-03-12', 'B', true, '实物或现金'],
      ['cap.illness', '1000', '安徽省基层工会经费收支管理实施办法（试行）', '2018-03-12', 'B', true, ''],
      ['cap.death_member', '2000', '安徽省基层工会经费收支管理实施办法（试行）', '2018-03-12', 'B', true, ''],
      ['cap.death_relative', '1000', '安徽省基层工会经费收支管理实施办法（试行）', '2018-03-12', 'B', true, ''],
      ['cap.retirement', '1000', '安徽省基层工会经费收支管理实施办法（试行）', '2018-03-12', 'B', true, ''],
      [
        'cash.allowed_types',
        'illness,death_member,death_relative,wedding,childbirth',
        '安徽省基层工会经费收支管理实施办法（试行）',
        '2018-03-12',
        'B',
        true,
        '结婚、生育可发实物或现金',
      ],
      [
        'outing.region',
        '安徽,长三角,上海,江苏,浙江',
        '安徽省实施办法（修订，日期待核实）',
        '2018-03-12',
        'C',
        true,
        '省内或长三角，当日往返',
      ],
      ['outing.per_head_day', '200', '安徽省实施办法（修订，日期待核实）', '2018-03-12', 'C', true, ''],
    ],
  },
  {
    code: 'guizhou',
    nameZh: '贵州省（实施细则（暂行），示例）',
    nameEn: 'Guizhou (interim rules, example)',
    region: '贵州',
    values: [
      ['cap.spring_festival', '500', '贵州省基层工会经费收支管理实施细则（暂行）', '2018-01-01', 'B', true, ''],
      [
        'cap.festival_each',
        '200',
        '贵州省基层工会经费收支管理实施细则（暂行）',
        '2018-01-01',
        'B',
        true,
        '春节以外每个节日',
      ],
      ['cap.birthday', '300', '贵州省基层工会经费收支管理实施细则（暂行）', '2018-01-01', 'B', true, ''],
    ],
  },
];

/* ---- reading policy values inside a rule ---- */

export interface Used {
  /** key → version id, to go into the finding's paramVersions. */
  versions: Record<string, number>;
}

/** The value in force for `key`, or undefined when the profile (and baseline) does not set it. */
export function policy(data: AuditData, key: string): PolicyValue | undefined {
  return data.policy[key];
}

/** A yuan policy value as fen, via decimal.js. */
export function policyCents(data: AuditData, key: string): { cents: number; versionId: number } | undefined {
  const v = data.policy[key];
  if (!v) return undefined;
  const n = new D(v.value.trim());
  return { cents: n.times(100).toDecimalPlaces(0).toNumber(), versionId: v.versionId };
}

export function policyNumber(data: AuditData, key: string): { value: number; versionId: number } | undefined {
  const v = data.policy[key];
  if (!v) return undefined;
  return { value: Number(v.value.trim()), versionId: v.versionId };
}

export function policyList(data: AuditData, key: string): { values: string[]; versionId: number } | undefined {
  const v = data.policy[key];
  if (!v) return undefined;
  return {
    values: v.value
      .split(/[,，、\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    versionId: v.versionId,
  };
}

export function policyBool(data: AuditData, key: string): { value: boolean; versionId: number } | undefined {
  const v = data.policy[key];
  if (!v) return undefined;
  return { value: v.value.trim() === 'true', versionId: v.versionId };
}

/** Validate a value typed for `key` (used by audit.profiles.setValue); returns an error text or null. */
export function checkPolicyValue(key: string, value: string): { zh: string; en: string } | null {
  const def = policyKeyDef(key);
  if (!def) return { zh: `未知参数 ${key}`, en: `Unknown policy key ${key}` };
  const v = value.trim();
  switch (def.type) {
    case 'yuan':
      return /^\d{1,9}(\.\d{1,2})?$/.test(v) ? null : { zh: '请输入金额（元）', en: 'Enter an amount in yuan' };
    case 'ratio':
      return /^(0(\.\d+)?|1(\.0+)?)$/.test(v) ? null : { zh: '请输入0到1之间的比例', en: 'Enter a ratio from 0 to 1' };
    case 'days':
      return /^\d{1,5}$/.test(v) ? null : { zh: '请输入天数', en: 'Enter a number of days' };
    case 'bool':
      return v === 'true' || v === 'false' ? null : { zh: '请输入 true 或 false', en: 'Enter true or false' };
    case 'list':
    case 'text':
      return v.length > 0 && v.length <= 500 ? null : { zh: '请输入内容', en: 'Enter a value' };
  }
}
