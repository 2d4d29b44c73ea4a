// Editing and deleting a stored document, reached from the event detail ("Исправить", "Удалить").
// The editor dialog and the undo toast are shown by ImportPanel (always on the page), so they outlive
// the detail drawer, which closes when its document is deleted. The store module is imported when
// used (the app loads it lazily).
import { data, database } from '../lib/state/data.svelte';
import type { ResolutionPatch, StoredResolution } from '../lib/store';
import { t } from '../i18n/messages';

export interface Toast {
  text: string;
  /** Set for a deletion: what "Отменить" puts back. */
  undo?: StoredResolution;
  error?: boolean;
}

class DocActions {
  /** The document being corrected in the dialog. */
  editingId = $state<string | null>(null);
  toast = $state.raw<Toast | null>(null);
  /** Set when another tab upgraded the database: this tab can only read. */
  disconnected = $state(false);
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Why documents cannot be imported or changed at all, or null. */
  get blocked(): string | null {
    if (data.status === 'readonly') return t('import.readonly');
    if (this.disconnected) return t('import.disconnected');
    return null;
  }

  /** Why nothing can be written right now (the store is still opening), or null. */
  get notWritable(): string | null {
    return this.blocked ?? (data.status === 'ready' ? null : t('import.waitLoading'));
  }

  show(toast: Toast, ms = 15_000) {
    clearTimeout(this.timer);
    this.toast = toast;
    this.timer = setTimeout(() => (this.toast = null), ms);
  }

  dismiss() {
    clearTimeout(this.timer);
    this.toast = null;
  }

  /** Keeps the toast while the pointer or focus is on it. */
  hold() {
    clearTimeout(this.timer);
  }

  release() {
    if (this.toast) this.show(this.toast, 6_000);
  }

  async remove(id: string): Promise<void> {
    const db = database();
    if (!db || this.notWritable) return;
    const { deleteResolution, describeStoreError } = await import('../lib/store');
    try {
      const row = await deleteResolution(db, id);
      if (row) this.show({ text: t('doc.deleted'), undo: row });
    } catch (err) {
      this.show({ text: describeStoreError(err), error: true });
    }
  }

  async undo(): Promise<void> {
    const row = this.toast?.undo;
    const db = database();
    if (!row || !db) return;
    const { restoreDeleted, describeStoreError } = await import('../lib/store');
    try {
      await restoreDeleted(db, row);
      this.show({ text: t('doc.restored') }, 5_000);
    } catch (err) {
      this.show({ text: describeStoreError(err), error: true });
    }
  }

  /** Saves corrections of a stored document; a message on failure, null on success. */
  async save(id: string, patch: ResolutionPatch, edited: string[]): Promise<string | null> {
    const db = database();
    if (!db || this.notWritable) return this.notWritable ?? t('import.readonly');
    const { updateResolution, describeStoreError } = await import('../lib/store');
    try {
      const row = await updateResolution(db, id, patch, edited);
      if (!row) return t('edit.gone');
      this.show({ text: t('edit.saved') }, 5_000);
      return null;
    } catch (err) {
      return describeStoreError(err);
    }
  }
}

export const docActions = new DocActions();
