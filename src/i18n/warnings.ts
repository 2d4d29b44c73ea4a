// A record's warnings in the page's language: worded at display time from their code and values
// (lib/parse/warnings.ts), never shown as the Russian sentence stored with them.
import type { Warning } from '../lib/types';
import { renderWarning } from '../lib/parse/warnings';
import { locale } from './locale.svelte';

export function warningText(w: Pick<Warning, 'code' | 'message' | 'field' | 'params'>): string {
  return renderWarning(w, locale.lang);
}
