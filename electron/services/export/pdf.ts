import PDFDocument from 'pdfkit';
import type { ReportColumn, ReportDocument, ReportPart, ReportRow } from '../../contract/reports';
import { formatCents } from '../../domain/money';
import { cellText, groupRuns, hasGroups, isBold, isNumeric, stampDate, styleOf, textWidth, WIDE_SPACE } from './cells';
import { pdfFonts } from './fonts';

/**
 * PDF with pdfkit on A4, Noto Sans SC embedded: per part a title, 编制单位 / period / 单位：元, the table with its
 * header repeated on every page and amounts right-aligned, the ties, notes, and the signature and seal block;
 * on every page a running header (union, report, period) and "第 x 页 / 共 y 页".
 */

const MARGIN = { top: 46, bottom: 44, left: 36, right: 36 };
const RULE = '#6b6b6b';
const HEADER_FILL = '#e8e8e8';
const TOTAL_FILL = '#f2f2f2';
const WARN_FILL = '#fff1c2';
/** Noto Sans SC's line box is about 1.45 em. */
const LINE_BOX = 1.45;
const PAD = 3;

interface PageInfo {
  title: string;
  period: string;
}

export async function writePdf(report: ReportDocument): Promise<Buffer> {
  const fonts = pdfFonts();
  const created = stampDate(report.generatedAt);
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    info: {
      Title: report.title,
      Author: report.union,
      Subject: report.period,
      Creator: 'Union Ledger 工会经费账',
      Producer: 'Union Ledger 工会经费账',
      CreationDate: created,
      ModDate: created,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  // Switch by registered name only: pdfkit caches a font under that name (a Buffer would be parsed again each time).
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const w = new Writer(doc, report);
  for (const part of report.parts) w.part(part);
  if (report.parts.length === 0) w.newPage('portrait', { title: report.title, period: report.period });
  w.finish();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

class Writer {
  private pages: PageInfo[] = [];
  private current: PageInfo = { title: '', period: '' };
  private orientation: 'portrait' | 'landscape' = 'portrait';
  private started = false;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly report: ReportDocument,
  ) {
    // Pages pdfkit adds by itself (long paragraphs) carry the part they belong to.
    doc.on('pageAdded', () => this.pages.push({ ...this.current }));
  }

  private get left() {
    return MARGIN.left;
  }
  private get width() {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  private get bottom() {
    return this.doc.page.height - MARGIN.bottom;
  }
  private get y() {
    return this.doc.y;
  }
  private set y(v: number) {
    this.doc.y = v;
  }

  newPage(orientation: 'portrait' | 'landscape', info: PageInfo) {
    this.current = info;
    this.orientation = orientation;
    this.doc.addPage({ size: 'A4', layout: orientation, margins: MARGIN });
    this.y = MARGIN.top;
    this.started = true;
  }

  part(part: ReportPart) {
    const info = { title: part.title, period: part.period };
    const fs = this.fontSize(part);
    if (!this.started || part.pageBreak === 'before' || part.orientation !== this.orientation) {
      this.newPage(part.orientation, info);
    } else {
      const need = this.estimate(part, fs);
      if (this.y + need > this.bottom) this.newPage(part.orientation, info);
      else {
        this.current = info;
        this.cutLine();
      }
    }
    this.titleBlock(part);
    if (part.columns.length > 0) this.table(part, fs);
    for (const p of part.paragraphs) this.paragraph(p);
    this.ties(part);
    this.notes(part);
    this.signatures(part);
  }

  /** Body font size that fits the columns across the page (7–10 pt). */
  private fontSize(part: ReportPart): number {
    const cells = part.columns.reduce((s, c) => s + c.width, 0);
    if (cells === 0) return 10;
    const avail = this.pageWidth(part.orientation) - MARGIN.left - MARGIN.right - part.columns.length * PAD * 2;
    return Math.max(6.5, Math.min(9.5, avail / (cells * 0.52)));
  }

  private pageWidth(o: 'portrait' | 'landscape') {
    return o === 'portrait' ? 595.28 : 841.89;
  }

  private rowHeight(fs: number) {
    return Math.ceil(fs * LINE_BOX + 3.5);
  }

  private estimate(part: ReportPart, fs: number): number {
    const rh = this.rowHeight(fs);
    const header = (hasGroups(part.columns) ? 2 : 1) * rh;
    return (
      24 + // gap and cut line
      52 + // title block
      (part.meta.length > 0 ? 16 : 0) +
      header +
      Math.max(part.rows.length, 1) * rh +
      part.ties.length * 14 +
      part.notes.length * 13 +
      (part.signatures.length > 0 ? 46 : 0)
    );
  }

  private cutLine() {
    const y = this.y + 10;
    this.doc
      .save()
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .dash(3, { space: 3 })
      .lineWidth(0.4)
      .strokeColor('#999999')
      .stroke()
      .undash()
      .restore();
    this.y = y + 14;
  }

  private text(s: string, x: number, y: number, size: number, opts: { bold?: boolean; color?: string } = {}) {
    this.doc
      .font(opts.bold ? 'bold' : 'regular')
      .fontSize(size)
      .fillColor(opts.color ?? '#000000')
      .text(s, x, y, { lineBreak: false });
  }

  private textWidthOf(s: string, size: number, bold = false) {
    return this.doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .widthOfString(s);
  }

  private titleBlock(part: ReportPart) {
    const doc = this.doc;
    const top = this.y;
    const tw = this.textWidthOf(part.title, 15, true);
    this.text(part.title, this.left + (this.width - tw) / 2, top, 15, { bold: true });
    if (part.formNo) {
      const fw = this.textWidthOf(part.formNo, 9);
      this.text(part.formNo, this.left + this.width - fw, top + 6, 9);
    }
    let y = top + 26;
    const union = this.report.union ? `编制单位：${this.report.union}` : '';
    this.text(union, this.left, y, 9);
    const pw = this.textWidthOf(part.period, 9);
    this.text(part.period, this.left + (this.width - pw) / 2, y, 9);
    if (part.unit) {
      const unit = `单位：${part.unit}`;
      this.text(unit, this.left + this.width - this.textWidthOf(unit, 9), y, 9);
    }
    y += 16;
    if (part.meta.length > 0) {
      const meta = part.meta.map((m) => `${m.label}：${m.value}`).join(WIDE_SPACE.repeat(2));
      this.text(meta, this.left, y, 9);
      y += 16;
    }
    doc.y = y;
  }

  private columnWidths(columns: readonly ReportColumn[]): number[] {
    const total = columns.reduce((s, c) => s + c.width, 0);
    return columns.map((c) => (c.width / total) * this.width);
  }

  private tableHeader(part: ReportPart, widths: number[], fs: number) {
    const doc = this.doc;
    const rh = this.rowHeight(fs);
    const xs = offsets(this.left, widths);
    const grouped = hasGroups(part.columns);
    const y0 = this.y;
    const cellBox = (x: number, y: number, wd: number, h: number, label: string) => {
      doc.rect(x, y, wd, h).fillColor(HEADER_FILL).fill();
      doc.rect(x, y, wd, h).lineWidth(0.5).strokeColor(RULE).stroke();
      const lw = this.textWidthOf(label, fs, true);
      if (lw <= wd - PAD * 2) this.text(label, x + (wd - lw) / 2, y + (h - fs * LINE_BOX) / 2, fs, { bold: true });
      else
        doc
          .font('bold')
          .fontSize(fs)
          .fillColor('#000')
          .text(label, x + PAD, y + 2, { width: wd - PAD * 2, height: h - 2, align: 'center', lineGap: -2 });
    };
    if (grouped) {
      for (const run of groupRuns(part.columns)) {
        const x = xs[run.from]!;
        const wd = widths.slice(run.from, run.to + 1).reduce((a, b) => a + b, 0);
        if (run.label === null) cellBox(x, y0, wd, rh * 2, part.columns[run.from]!.header);
        else {
          cellBox(x, y0, wd, rh, run.label);
          for (let i = run.from; i <= run.to; i++) cellBox(xs[i]!, y0 + rh, widths[i]!, rh, part.columns[i]!.header);
        }
      }
      this.y = y0 + rh * 2;
    } else {
      part.columns.forEach((c, i) => cellBox(xs[i]!, y0, widths[i]!, rh, c.header));
      this.y = y0 + rh;
    }
  }

  private table(part: ReportPart, fs: number) {
    const doc = this.doc;
    const widths = this.columnWidths(part.columns);
    const xs = offsets(this.left, widths);
    const rh = this.rowHeight(fs);
    this.tableHeader(part, widths, fs);
    const rows: ReportRow[] =
      part.rows.length > 0
        ? part.rows
        : [{ cells: ['无记录'], style: 'normal', indent: {}, cellStyles: {}, tone: null }];
    for (const row of rows) {
      // Heights: a text cell wraps when it does not fit on one line.
      const texts = part.columns.map((c, i) => cellText(c.kind, row.cells[i] ?? null));
      let h = rh;
      const wrap: boolean[] = texts.map((t, i) => {
        const c = part.columns[i]!;
        if (t === '' || isNumeric(c.kind)) return false;
        const avail = widths[i]! - PAD * 2 - (row.indent[c.key] ?? 0) * fs;
        const estimate = textWidth(t) * fs * 0.5;
        if (estimate < avail * 0.9) return false;
        const bold = isBold(styleOf(row, c.key));
        if (this.textWidthOf(t, fs, bold) <= avail) return false;
        const th = doc
          .font(bold ? 'bold' : 'regular')
          .fontSize(fs)
          .heightOfString(t, { width: avail, lineGap: -1 });
        h = Math.max(h, Math.ceil(th + 5));
        return true;
      });
      if (this.y + h > this.bottom) {
        this.newPage(part.orientation, this.current);
        this.tableHeader(part, widths, fs);
      }
      const y = this.y;
      // fills
      part.columns.forEach((c, i) => {
        const style = styleOf(row, c.key);
        const fill = row.tone === 'warn' ? WARN_FILL : style === 'total' ? TOTAL_FILL : null;
        if (fill) doc.rect(xs[i]!, y, widths[i]!, h).fillColor(fill).fill();
      });
      // rules
      doc.lineWidth(0.5).strokeColor(RULE);
      part.columns.forEach((_c, i) => doc.rect(xs[i]!, y, widths[i]!, h));
      doc.stroke();
      // text
      part.columns.forEach((c, i) => {
        const t = texts[i]!;
        if (t === '') return;
        const bold = isBold(styleOf(row, c.key));
        const ty = y + (h - fs * LINE_BOX) / 2;
        if (isNumeric(c.kind)) {
          const tw = this.textWidthOf(t, fs, bold);
          const x =
            c.kind === 'int' ? xs[i]! + (widths[i]! - tw) / 2 : xs[i]! + widths[i]! - PAD - Math.min(tw, widths[i]!);
          this.text(t, x, ty, fs, { bold });
          return;
        }
        const indent = (row.indent[c.key] ?? 0) * fs;
        const x = xs[i]! + PAD + indent;
        if (wrap[i])
          doc
            .font(bold ? 'bold' : 'regular')
            .fontSize(fs)
            .fillColor('#000')
            .text(t, x, y + 2.5, { width: widths[i]! - PAD * 2 - indent, lineGap: -1 });
        else if (c.kind === 'date') {
          const tw = this.textWidthOf(t, fs, bold);
          this.text(t, xs[i]! + (widths[i]! - tw) / 2, ty, fs, { bold });
        } else this.text(t, x, ty, fs, { bold });
      });
      this.y = y + h;
    }
    this.y += 6;
  }

  private ensure(space: number) {
    if (this.y + space > this.bottom) this.newPage(this.orientation, this.current);
  }

  private paragraph(p: ReportPart['paragraphs'][number]) {
    const doc = this.doc;
    this.ensure(44);
    this.text(p.heading, this.left, this.y + 4, 10.5, { bold: true });
    this.y += 22;
    for (const b of p.body) {
      this.ensure(18);
      doc
        .font('regular')
        .fontSize(10)
        .fillColor('#000')
        .text(b, this.left + 21, this.y, { width: this.width - 21, lineGap: 3 });
      this.y += 3;
    }
    for (let i = 0; i < p.blankLines; i++) {
      this.ensure(21);
      const y = this.y + 19;
      doc
        .moveTo(this.left + 21, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(0.4)
        .strokeColor('#9a9a9a')
        .stroke();
      this.y += 21;
    }
    this.y += 8;
  }

  private ties(part: ReportPart) {
    if (part.ties.length === 0) return;
    this.ensure(16 + 14);
    this.text('勾稽关系检查', this.left, this.y, 9, { bold: true });
    this.y += 14;
    for (const t of part.ties) {
      this.ensure(26);
      const rel = t.ok ? '=' : '≠';
      const line = `${t.label}：${t.leftLabel} ${formatCents(t.leftCents)} ${rel} ${t.rightLabel} ${formatCents(t.rightCents)}`;
      const status = t.ok ? '相符' : '不符';
      const sw = this.textWidthOf(status, 8.5, true);
      const y = this.y;
      this.text(status, this.left + this.width - sw, y, 8.5, { bold: true, color: t.ok ? '#1e7b34' : '#c00000' });
      this.doc
        .font('regular')
        .fontSize(8.5)
        .fillColor('#000000')
        .text(line, this.left + 10, y, { width: this.width - sw - 24, lineGap: 0 });
      this.y = Math.max(this.doc.y, y + 12) + 1;
    }
    this.y += 2;
  }

  private notes(part: ReportPart) {
    for (const n of part.notes) {
      this.ensure(14);
      this.doc
        .font('regular')
        .fontSize(8)
        .fillColor('#333333')
        .text(`注：${n}`, this.left, this.y, { width: this.width, lineGap: 1 });
      this.y += 2;
    }
  }

  private signatures(part: ReportPart) {
    if (part.signatures.length === 0) return;
    const doc = this.doc;
    this.ensure(part.seal ? 74 : 40);
    const y = this.y + (part.seal ? 30 : 14);
    const region = part.seal ? this.width * 0.8 : this.width;
    const slot = region / part.signatures.length;
    part.signatures.forEach((s, i) => {
      const x = this.left + i * slot;
      const label = `${s.label}：`;
      const lw = this.textWidthOf(label, 9.5);
      this.text(label, x, y, 9.5);
      const lineFrom = x + lw + 2;
      const lineTo = x + slot - 14;
      doc
        .moveTo(lineFrom, y + 13)
        .lineTo(lineTo, y + 13)
        .lineWidth(0.5)
        .strokeColor('#000000')
        .stroke();
      if (s.name) this.text(s.name, lineFrom + 4, y, 9.5);
    });
    if (part.seal) {
      const cx = this.left + this.width - 44;
      const cy = y + 2;
      doc
        .save()
        .circle(cx, cy, 30)
        .dash(2, { space: 2 })
        .lineWidth(0.6)
        .strokeColor('#a0a0a0')
        .stroke()
        .undash()
        .restore();
      const sw = this.textWidthOf('（单位盖章）', 7.5);
      this.text('（单位盖章）', cx - sw / 2, cy - 5, 7.5, { color: '#8a8a8a' });
    }
    this.y = y + (part.seal ? 40 : 24);
  }

  /** Running header and page numbers on every page, once the page count is known. */
  finish() {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const total = range.count;
    for (let i = 0; i < total; i++) {
      doc.switchToPage(range.start + i);
      const info = this.pages[i] ?? this.current;
      const pw = doc.page.width;
      const ph = doc.page.height;
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const small = 7.5;
      const grey = '#666666';
      this.text(this.report.union, MARGIN.left, 22, small, { color: grey });
      const title = info.title === this.report.title ? info.title : `${this.report.title} · ${info.title}`;
      const tw = this.textWidthOf(title, small);
      this.text(title, (pw - tw) / 2, 22, small, { color: grey });
      const pwd = this.textWidthOf(info.period, small);
      this.text(info.period, pw - MARGIN.right - pwd, 22, small, { color: grey });
      doc
        .moveTo(MARGIN.left, 34)
        .lineTo(pw - MARGIN.right, 34)
        .lineWidth(0.3)
        .strokeColor('#b0b0b0')
        .stroke();
      const pageNo = `第 ${i + 1} 页 / 共 ${total} 页`;
      const nw = this.textWidthOf(pageNo, 8.5);
      this.text(pageNo, (pw - nw) / 2, ph - 30, 8.5, { color: '#333333' });
      this.text(`工会经费账 生成于 ${this.report.generatedAt}`, MARGIN.left, ph - 29, 6.5, { color: '#999999' });
      doc.page.margins.bottom = bottomMargin;
    }
  }
}

function offsets(left: number, widths: readonly number[]): number[] {
  const xs: number[] = [];
  let x = left;
  for (const w of widths) {
    xs.push(x);
    x += w;
  }
  return xs;
}
