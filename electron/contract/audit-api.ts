import { z } from 'zod';
import { Id, IsoDate } from './scalars';
import { Year } from './vouchers';
import { ExportedFile, ExportFormat, ReportDocument } from './reports';

/** 审计检查 and 经审会审查 (issue 4): the rule catalogue, runs, findings, the committee's decisions and report. */

export const Severity = z.enum(['high', 'medium', 'low']);
export const RuleKind = z.enum(['rule', 'control', 'statistical']);
/** open: cause present, no decision; decided: the committee has decided; resolved: the cause has gone (data). */
export const FindingStatus = z.enum(['open', 'decided', 'resolved']);
export const Decision = z.enum(['confirmed_breach', 'accepted', 'rectified']);
export type Decision = z.infer<typeof Decision>;
const BiText = z.object({ zh: z.string(), en: z.string() });

export const RuleDto = z.object({
  id: z.string(),
  title: BiText,
  description: BiText,
  citation: BiText,
  severity: Severity,
  kind: RuleKind,
  scope: z.enum(['item', 'year']),
  params: z.array(z.string()),
  enabled: z.boolean(),
});
export type RuleDto = z.infer<typeof RuleDto>;

export const AuditRunSummary = z.object({
  runId: Id,
  year: z.number().int(),
  month: z.number().int().nullable(),
  profile: z.string(),
  rulesRun: z.number().int(),
  found: z.number().int(),
  newFindings: z.number().int(),
  resolved: z.number().int(),
  bySeverity: z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int() }),
  byRule: z.array(z.object({ ruleId: z.string(), count: z.number().int() })),
});
export type AuditRunSummary = z.infer<typeof AuditRunSummary>;

export const EvidenceDto = z.object({
  voucherIds: z.array(z.number().int()),
  memberIds: z.array(z.number().int()),
  claimIds: z.array(z.number().int()),
  amountCents: z.number().int().optional(),
  capCents: z.number().int().optional(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

export const DecisionDto = z.object({
  id: Id,
  findingId: Id,
  decision: Decision,
  comment: z.string(),
  correctingVoucherId: Id.nullable(),
  meetingId: Id.nullable(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});
export type DecisionDto = z.infer<typeof DecisionDto>;

export const ParamVersionDto = z.object({
  key: z.string(),
  versionId: Id,
  value: z.string(),
  document: z.string().nullable(),
  effectiveFrom: IsoDate,
  example: z.boolean(),
});

export const FindingRow = z.object({
  id: Id,
  ruleId: z.string(),
  key: z.string(),
  year: z.number().int(),
  period: z.string().nullable(),
  severity: Severity,
  kind: RuleKind,
  title: BiText,
  message: BiText,
  status: FindingStatus,
  amountCents: z.number().int().nullable(),
  latestDecision: Decision.nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type FindingRow = z.infer<typeof FindingRow>;

export const FindingDetail = FindingRow.extend({
  evidence: EvidenceDto,
  citation: BiText,
  params: z.array(ParamVersionDto),
  decisions: z.array(DecisionDto),
  /** People who prepared, reviewed, posted or approved the vouchers and claims concerned (may not decide). */
  involved: z.array(z.string()),
});
export type FindingDetail = z.infer<typeof FindingDetail>;

export const FindingsInput = z
  .object({
    year: Year,
    severity: Severity.optional(),
    ruleId: z.string().max(20).optional(),
    kind: RuleKind.optional(),
    status: FindingStatus.optional(),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const DecideInput = z
  .object({
    findingIds: z.array(Id).min(1).max(500),
    decision: Decision,
    comment: z.string().trim().min(1, { message: 'required' }).max(1000, { message: 'too_long' }),
    correctingVoucherId: Id.optional(),
    meetingId: Id.optional(),
  })
  .strict();

export const MeetingDto = z.object({
  id: Id,
  date: IsoDate,
  title: z.string(),
  attendees: z.array(z.string()),
  note: z.string().nullable(),
  decisionCount: z.number().int(),
});
export type MeetingDto = z.infer<typeof MeetingDto>;

export const MeetingCreateInput = z
  .object({
    date: IsoDate,
    title: z.string().trim().min(1, { message: 'required' }).max(100, { message: 'too_long' }),
    attendees: z.array(z.string().trim().min(1).max(40)).min(1).max(50),
    note: z.string().trim().max(1000, { message: 'too_long' }).optional(),
  })
  .strict();

/** 审查报告 (DOMAIN §5.5): basis and scope, income and spending vs budget, problems found, opinions. */
export const AuditReport = z.object({
  year: z.number().int(),
  unionName: z.string(),
  profile: z.object({ code: z.string(), name: BiText }),
  generatedAt: z.string(),
  basis: z.array(BiText),
  income: z.array(
    z.object({
      accountCode: z.string(),
      name: z.string(),
      budgetCents: z.number().int(),
      actualCents: z.number().int(),
    }),
  ),
  spending: z.array(
    z.object({
      accountCode: z.string(),
      name: z.string(),
      budgetCents: z.number().int(),
      actualCents: z.number().int(),
    }),
  ),
  totals: z.object({
    incomeCents: z.number().int(),
    spendingCents: z.number().int(),
    openingCashBankCents: z.number().int(),
    closingCashBankCents: z.number().int(),
  }),
  findingCounts: z.object({
    total: z.number().int(),
    open: z.number().int(),
    confirmed: z.number().int(),
    accepted: z.number().int(),
    rectified: z.number().int(),
    resolved: z.number().int(),
  }),
  problems: z.array(
    z.object({
      findingId: Id,
      ruleId: z.string(),
      severity: Severity,
      title: BiText,
      message: BiText,
      citation: BiText,
      amountCents: z.number().int().nullable(),
      voucherRefs: z.array(z.string()),
      decision: Decision.nullable(),
      comment: z.string().nullable(),
      correctingVoucherRef: z.string().nullable(),
    }),
  ),
  reviewItems: z.array(z.object({ findingId: Id, ruleId: z.string(), title: BiText, message: BiText })),
  meetings: z.array(MeetingDto),
});
export type AuditReport = z.infer<typeof AuditReport>;

export const PolicyProfileDto = z.object({
  id: Id,
  code: z.string(),
  name: BiText,
  region: z.string().nullable(),
  chosen: z.boolean(),
});

export const PolicyValueDto = z.object({
  id: Id,
  key: z.string(),
  label: BiText,
  version: z.number().int(),
  value: z.string(),
  document: z.string().nullable(),
  effectiveFrom: IsoDate,
  sourceGrade: z.enum(['A', 'B', 'C']),
  example: z.boolean(),
  note: z.string().nullable(),
  /** Which profile the value comes from (a provincial profile inherits the national baseline). */
  fromProfile: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});

export const PolicyKey = z
  .string()
  .max(60)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, { message: 'parameter_key' });

export const auditMethods = {
  'audit.rules': { input: z.object({}).strict(), output: z.array(RuleDto) },
  'audit.setRuleEnabled': {
    input: z.object({ ruleId: z.string().min(1).max(20), enabled: z.boolean() }).strict(),
    output: RuleDto,
  },
  'audit.run': {
    input: z.object({ year: Year, month: z.number().int().min(1).max(12).optional() }).strict(),
    output: AuditRunSummary,
  },
  'audit.findings': {
    input: FindingsInput,
    output: z.object({ rows: z.array(FindingRow), total: z.number().int().min(0) }),
  },
  'audit.finding': { input: z.object({ id: Id }).strict(), output: FindingDetail },
  'audit.decide': { input: DecideInput, output: z.array(DecisionDto) },
  'audit.meetings.create': { input: MeetingCreateInput, output: MeetingDto },
  'audit.meetings.list': { input: z.object({ year: Year.optional() }).strict(), output: z.array(MeetingDto) },
  'audit.report': { input: z.object({ year: Year }).strict(), output: AuditReport },
  /** The 审查报告 as a document (shown with ReportView) and as a file (xlsx, PDF, CSV). */
  'audit.reportDocument': { input: z.object({ year: Year }).strict(), output: ReportDocument },
  'audit.reportExport': { input: z.object({ year: Year, format: ExportFormat }).strict(), output: ExportedFile },
  'audit.profiles.list': { input: z.object({}).strict(), output: z.array(PolicyProfileDto) },
  'audit.profiles.get': {
    input: z.object({ code: z.string().min(1).max(40), asOf: IsoDate.optional() }).strict(),
    output: z.object({
      profile: PolicyProfileDto,
      /** The values in force on asOf (today if omitted), own or inherited. */
      values: z.array(PolicyValueDto),
      /** Every version of this profile's own values, newest first. */
      history: z.array(PolicyValueDto),
    }),
  },
  'audit.profiles.setValue': {
    input: z
      .object({
        code: z.string().min(1).max(40),
        key: PolicyKey,
        value: z.string().trim().min(1, { message: 'required' }).max(500, { message: 'too_long' }),
        document: z.string().trim().max(200, { message: 'too_long' }).optional(),
        effectiveFrom: IsoDate,
        sourceGrade: z.enum(['A', 'B', 'C']),
        example: z.boolean().default(false),
        note: z.string().trim().max(200, { message: 'too_long' }).optional(),
      })
      .strict(),
    output: PolicyValueDto,
  },
  'audit.profiles.choose': {
    input: z.object({ code: z.string().min(1).max(40) }).strict(),
    output: PolicyProfileDto,
  },
} as const;
