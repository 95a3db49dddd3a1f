import { VoucherView } from '../allocation/VoucherView';

/**
 * The one place the books screens (ledgers, periods) open a voucher, read-only, by id. The richer voucher
 * viewer being built for the voucher screens replaces the component used here, and nothing else changes.
 */
export function BooksVoucher({ voucherId, onClose }: { voucherId: number; onClose(): void }) {
  return <VoucherView voucherId={voucherId} onClose={onClose} />;
}
