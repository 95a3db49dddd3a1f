import { useCallback, useState } from 'react';
import type { ExportedFile, Input } from '../shared/contract';
import { useApi } from './ApiContext';

/**
 * File delivery, the same in browser mode and in Electron: main returns `{ fileName, mime, base64 }` and the
 * renderer turns it into a download (a Blob and a temporary <a download>). Electron shows its save dialog;
 * a browser saves to its downloads folder.
 *
 * For another feature:
 *
 *   const { busy, run } = useExport((e) => setNotice({ kind: 'error', error: e }));
 *   <button disabled={busy !== null} onClick={() => run('export.table', { title, columns, rows, format: 'xlsx' })}>
 *     {busy === 'export.table' ? t('reports.busy') : '导出 Excel'}
 *   </button>
 *
 * `run` resolves with the file once it has been handed to the browser (null on failure, after `onError`).
 */

/** Methods that answer with a file. */
export type FileMethod =
  'reports.export' | 'reports.journal' | 'export.table' | 'bank.reconciliation.export' | 'audit.reportExport';

/** Bytes of a base64 string (atob, no Node Buffer in the renderer). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hand a file to the browser as a download. */
export function downloadFile(file: Pick<ExportedFile, 'fileName' | 'mime' | 'base64'>): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Call a file-returning method and download its answer; `busy` names the running export (for busy buttons). */
export function useExport(onError: (error: unknown) => void): {
  busy: string | null;
  run<M extends FileMethod>(method: M, input: Input<M>, tag?: string): Promise<ExportedFile | null>;
} {
  const api = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const run = useCallback(
    async <M extends FileMethod>(method: M, input: Input<M>, tag?: string): Promise<ExportedFile | null> => {
      setBusy(tag ?? method);
      try {
        const file = (await api.call(method, input)) as ExportedFile;
        downloadFile(file);
        return file;
      } catch (e) {
        onError(e);
        return null;
      } finally {
        setBusy(null);
      }
    },
    [api, onError],
  );
  return { busy, run };
}
