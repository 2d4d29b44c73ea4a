// Every label of the interface, Russian first. Components call t('key') and never hold literal text.
import { locale } from './locale.svelte';
import { ru } from './ru';
import { en } from './en';

export type MessageKey = keyof typeof ru;

const dictionaries: Record<string, Record<MessageKey, string>> = { ru, en };

/** The message for `key` in the current language (Russian when missing), with {placeholders} filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = dictionaries[locale.lang]?.[key] ?? ru[key];
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}
