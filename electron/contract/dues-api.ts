import { z } from 'zod';
import {
  ArrearsInput,
  ArrearsPage,
  AssessmentPage,
  AssessSummary,
  DuesBaseDto,
  DuesBatchDto,
  DuesCollectInput,
  DuesExemptionInput,
  DuesMonthSummary,
  DuesSetBaseInput,
  DuesTermsDto,
  ExemptionDto,
  SetBaseResult,
} from './dues';
import { Id, IsoDate } from './scalars';
import { Year, YearMonth } from './vouchers';

/** Member dues: assessment at the dated rate with the 10-yuan tail rule, collection batches, arrears, exemptions. */
export const duesMethods = {
  'dues.terms': { input: z.object({ date: IsoDate }).strict(), output: DuesTermsDto },
  'dues.assess': { input: z.object({ period: YearMonth }).strict(), output: AssessSummary },
  'dues.assessments': {
    input: z
      .object({
        period: YearMonth,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        search: z.string().max(100).optional(),
        onlyArrears: z.boolean().default(false),
      })
      .strict(),
    output: AssessmentPage,
  },
  'dues.collect': { input: DuesCollectInput, output: DuesBatchDto },
  'dues.batches': { input: z.object({ year: Year }).strict(), output: z.array(DuesBatchDto) },
  'dues.arrears': { input: ArrearsInput, output: ArrearsPage },
  'dues.setBase': { input: DuesSetBaseInput, output: SetBaseResult },
  /** A member's base history, latest month first. */
  'dues.bases': { input: z.object({ memberId: Id }).strict(), output: z.array(DuesBaseDto) },
  'dues.exemptions.add': { input: DuesExemptionInput, output: ExemptionDto },
  'dues.exemptions.list': {
    input: z.object({ memberId: Id.optional() }).strict(),
    output: z.array(ExemptionDto),
  },
  'dues.summary': { input: z.object({ year: Year }).strict(), output: z.array(DuesMonthSummary) },
} as const;
