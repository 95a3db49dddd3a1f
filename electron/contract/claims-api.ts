import { z } from 'zod';
import { Id } from './scalars';
import { ClaimDto, ClaimInput, ClaimOptions, ClaimPage, ClaimPageInput } from './claims';

/** 报销单: saving a claim posts its voucher (Dr the spending account / Cr 102 or 101, plus the asset pair). */
export const claimsMethods = {
  'claims.create': { input: ClaimInput, output: ClaimDto },
  'claims.get': { input: z.object({ id: Id }).strict(), output: ClaimDto },
  'claims.page': { input: ClaimPageInput, output: ClaimPage },
  'claims.options': { input: z.object({}).strict(), output: ClaimOptions },
} as const;
