// Correcting and deleting stored documents, and the corrections made in an import's preview: the
// form of the editable fields and the patch it makes, the actions on a document (edit, delete, undo)
// and the components that show them. What this room makes public:
//
// - patch.ts: `formFromRecord` → `buildPatch` → `applyPatch`, and the typed-value readers;
// - doc-actions.svelte.ts: `docActions`, the state of the actions (can the store be written, the
//   document being corrected, the toast with its undo);
// - DocumentActions.svelte ("Исправить", "Удалить" in the event detail) and EditHost.svelte (the editor
//   dialog and the toast, always on the page).
//
// Loaded lazily by path, never through this index (they stay out of the page's first bundle):
// ResolutionEditor.svelte (the form beside the highlighted text) and EditDialog.svelte (it, in a dialog).
export {
  applyPatch,
  buildPatch,
  formFromRecord,
  hasErrors,
  parseCount,
  parseDateInput,
  showDate,
  EDIT_FIELDS,
  type EditError,
  type EditField,
  type EditForm,
  type PatchResult,
} from './patch';
export { docActions, type Toast } from './doc-actions.svelte';
export { default as DocumentActions } from './DocumentActions.svelte';
export { default as EditHost } from './EditHost.svelte';
