import type { Input, Method, Output } from '../../../electron/contract/api';
import type { AppSession } from './app-session';

/** Call the running browser-mode server's API as the page does (token in the header), and expect success. */
export async function apiCall<M extends Method>(session: AppSession, method: M, input: Input<M>): Promise<Output<M>> {
  const res = await fetch(`${session.server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.server.token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: Output<M>; error?: { messageEn: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.messageEn}`);
  return body.value as Output<M>;
}

/** "1,234.50" (or "" for nothing) → integer fen, for comparing what a screen shows with the API's figures. */
export function fen(text: string): number {
  const plain = text.replace(/,/g, '').trim();
  if (plain === '') return 0;
  const negative = plain.startsWith('-');
  const [int, frac = ''] = plain.replace('-', '').split('.');
  const cents = Number(int) * 100 + Number((frac + '00').slice(0, 2));
  return negative ? -cents : cents;
}
