import type { z } from 'zod';
import type { FieldIssue } from '../contract/errors';

/** Messages for the custom codes our schemas put in `message`, and for zod's own issue codes. */
const CUSTOM: Record<string, [string, string]> = {
  required: ['必填', 'Required'],
  too_long: ['内容太长', 'Too long'],
  date: ['日期格式应为 YYYY-MM-DD，且是真实日期', 'Use a real date as YYYY-MM-DD'],
  period: ['月份格式应为 YYYY-MM', 'Use a month as YYYY-MM'],
  account_code: ['科目编码应为 3、5、7 或 9 位数字', 'An account code has 3, 5, 7 or 9 digits'],
  member_no_chars: ['会员编号只能含字母、数字和连字符', 'Member number: letters, digits and hyphens only'],
  phone_chars: ['电话只能含数字、空格、+ 和 -', 'Phone: digits, spaces, + and - only'],
  file_name_chars: [
    '文件名只能含文字、数字、空格、点、连字符和下划线',
    'File name: letters, digits, space, dot, hyphen, underscore',
  ],
  user_name_chars: [
    '用户名只能含文字、数字、空格、点、@、连字符和下划线',
    'User name: letters, digits, space, dot, @, hyphen, underscore',
  ],
  password_short: ['密码至少 8 个字符', 'A password has at least 8 characters'],
};

export function describeZodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const custom = CUSTOM[issue.message];
    const [zh, en] = custom ?? byCode(issue);
    return { path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'), message: zh, messageEn: en };
  });
}

function byCode(issue: z.core.$ZodIssue): [string, string] {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? ['必填', 'Required']
        : [`类型不对，应为 ${issue.expected}`, `Wrong type, expected ${issue.expected}`];
    case 'too_small':
      return ['数值或长度太小', 'Too small or too short'];
    case 'too_big':
      return ['数值或长度太大', 'Too large or too long'];
    case 'invalid_value':
      return ['不是允许的取值', 'Not one of the allowed values'];
    case 'unrecognized_keys':
      return [`不认识的字段：${issue.keys.join(', ')}`, `Unknown fields: ${issue.keys.join(', ')}`];
    case 'invalid_format':
      return ['格式不对', 'Wrong format'];
    default:
      return ['输入无效', 'Invalid input'];
  }
}
