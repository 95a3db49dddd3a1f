import type { ReportDocument, ReportPart } from '../../contract/reports';
import { csvValue, groupRuns, hasGroups, subtitleParts, tieLine, WIDE_SPACE } from './cells';

/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Excel opens Chinese correctly), CRLF line ends, RFC 4180
 * quoting. Amounts are plain numbers ("1234.56") so Excel reads them as numbers. Text that Excel would run as a
 * formula (=, +, -, @ first) is prefixed with an apostrophe (CSV injection).
 */
export function writeCsv(doc: ReportDocument): Buffer {
  const lines: string[] = [];
  doc.parts.forEach((part, i) => {
    if (i > 0) lines.push('');
    lines.push(...partLines(doc, part));
  });
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

function partLines(doc: ReportDocument, part: ReportPart): string[] {
  const out: string[] = [];
  const line = (cells: readonly string[]) => out.push(cells.map(quote).join(','));
  line([part.formNo ? `${part.title}（${part.formNo}）` : part.title]);
  const sub = subtitleParts(doc.union, part);
  line([sub.left, sub.center, sub.right].filter((s) => s !== ''));
  if (part.meta.length > 0) line(part.meta.map((m) => `${m.label}：${m.value}`));
  if (part.columns.length > 0) {
    if (hasGroups(part.columns)) {
      const groupRow = part.columns.map(() => '');
      for (const run of groupRuns(part.columns)) groupRow[run.from] = run.label ?? '';
      line(groupRow);
    }
    line(part.columns.map((c) => c.header));
    for (const r of part.rows)
      line(
        part.columns.map((c, i) => {
          const v = csvValue(c.kind, r.cells[i] ?? null);
          const indent = c.kind === 'text' ? WIDE_SPACE.repeat(r.indent[c.key] ?? 0) : '';
          return c.kind === 'text' || c.kind === 'date' ? defuse(indent + v) : v;
        }),
      );
  }
  for (const p of part.paragraphs) {
    line([p.heading]);
    for (const b of p.body) line([defuse(b)]);
    for (let i = 0; i < p.blankLines; i++) line(['']);
  }
  for (const t of part.ties) line([tieLine(t)]);
  for (const n of part.notes) line([`注：${n}`]);
  if (part.signatures.length > 0)
    line([...part.signatures.map((s) => `${s.label}：${s.name ?? ''}`), ...(part.seal ? ['（单位盖章）'] : [])]);
  return out;
}

function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
