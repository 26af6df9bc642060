// An Excel decision table (.drl.xlsx) in the "Change rules" panel: binary, so
// not edited as text. The files API and a draft carry its bytes Base64-encoded
// (as the version history keeps them); this panel downloads the live workbook
// and takes a changed one from the officer's disk. Holds no state of its own:
// the editor keeps the upload as the file's edit.
import { el } from './dom.js';

export const isWorkbook = (path) => /\.drl\.xlsx$/i.test(String(path || ''));

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function base64ToBytes(base64) {
  const binary = atob(String(base64 || ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const kb = (base64) => (Math.ceil((String(base64 || '').length * 3) / 4 / 102.4) / 10).toFixed(1);

export class WorkbookFile {
  /** onUpload(base64, fileName): the officer picked a changed workbook. */
  constructor({ t, onUpload }) {
    this.t = t;
    this.path = '';
    this.live = '';
    this.download = el('button', { type: 'button', class: 'btn small', dataset: { testid: 'workbook-download' },
      onclick: () => this.save() }, t('workbookDownload'));
    this.input = el('input', { type: 'file', accept: '.xlsx', dataset: { testid: 'workbook-upload' }, 'aria-label': t('workbookUpload'),
      onchange: async () => {
        const file = this.input.files && this.input.files[0];
        if (!file) return;
        onUpload(bytesToBase64(new Uint8Array(await file.arrayBuffer())), file.name);
        this.input.value = '';
      } });
    this.status = el('p', { class: 'muted', dataset: { testid: 'workbook-status' } });
    this.root = el('div', { class: 'workbook', dataset: { testid: 'editor-workbook' }, hidden: true },
      el('p', {}, t('workbookAbout')),
      el('div', { class: 'editor-bar' }, this.download, el('label', {}, `${t('workbookUpload')} `, this.input)),
      this.status);
  }

  /** Shows the workbook at path: its live content and, when there is one, the uploaded change. */
  show(path, live, uploaded, uploadedName) {
    this.path = path;
    this.live = live || '';
    this.root.hidden = false;
    this.download.disabled = !this.live;
    this.status.textContent = uploaded !== undefined && uploaded !== live
      ? this.t('workbookUploaded', uploadedName || path, kb(uploaded))
      : this.live ? this.t('workbookLive', kb(this.live)) : this.t('workbookNone');
  }

  hide() {
    this.root.hidden = true;
  }

  save() {
    const url = URL.createObjectURL(new Blob([base64ToBytes(this.live)], { type: XLSX_TYPE }));
    const a = el('a', { href: url, download: this.path });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
