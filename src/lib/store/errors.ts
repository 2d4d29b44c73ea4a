// Store failures mapped to messages the user can act on (in Russian).
// Dexie wraps browser errors (`err.inner`), and a failed open surfaces as OpenFailedError
// around the real cause, so the whole chain is inspected.

import { MAX_TEXT_CHARS } from '../limits';

export const STORE_MESSAGES = {
  quota:
    'Недостаточно места в хранилище браузера: изменения не сохранены. Удалите ненужные импортированные документы ' +
    'или освободите место (данные других сайтов), затем повторите.',
  unavailable:
    'Хранилище браузера (IndexedDB) недоступно — возможно, страница открыта в приватном режиме или сохранение ' +
    'данных сайтов запрещено. Импорт и правки не сохранятся после закрытия страницы.',
  newerVersion: 'База данных создана более новой версией приложения. Откройте страницу заново, чтобы загрузить новую версию.',
  closed: 'Соединение с базой данных закрыто (приложение обновилось в другой вкладке). Откройте страницу заново.',
  duplicate: 'Такой документ уже есть в базе данных.',
  textTooLong: `Текст документа длиннее ${String(MAX_TEXT_CHARS).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} символов: такие тексты не сохраняются. Ничего не сохранено.`,
  browserError:
    'Хранилище браузера не открылось из-за внутренней ошибки браузера (возможно, на диске мало места или повреждён ' +
    'профиль браузера). Закройте другие вкладки с этим приложением и откройте страницу заново.',
  unknown: 'Не удалось выполнить операцию с хранилищем браузера',
} as const;

/** A document's text is over the app's limit (lib/limits.ts): thrown before anything is written. */
export class TextTooLongError extends Error {
  constructor(
    readonly file: string,
    readonly chars: number,
  ) {
    super(`text of ${file} has ${chars} characters, over the limit`);
    this.name = 'TextTooLongError';
  }
}

const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'NotFoundError']);

function errorChain(err: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  let current: unknown = err;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    chain.push({ name: String(e.name ?? ''), message: String(e.message ?? '') });
    current = e.inner ?? e.cause;
  }
  return chain;
}

/** A Russian sentence for any error thrown by the store (or by Dexie / IndexedDB). */
export function describeStoreError(err: unknown): string {
  const chain = errorChain(err);
  const names = new Set(chain.map((e) => e.name));
  if (names.has('TextTooLongError')) return STORE_MESSAGES.textTooLong;
  if (names.has('QuotaExceededError') || chain.some((e) => /quota/i.test(e.message))) return STORE_MESSAGES.quota;
  if (names.has('VersionError')) return STORE_MESSAGES.newerVersion;
  // Chromium's "Internal error opening backing store…": its English text is no use to the reader.
  if (names.has('UnknownError')) return STORE_MESSAGES.browserError;
  if ([...names].some((n) => UNAVAILABLE.has(n))) return STORE_MESSAGES.unavailable;
  if (names.has('DatabaseClosedError')) return STORE_MESSAGES.closed;
  if (names.has('ConstraintError')) return STORE_MESSAGES.duplicate;
  if (names.has('OpenFailedError')) return STORE_MESSAGES.unavailable;
  const detail = chain.find((e) => e.message)?.message;
  return detail ? `${STORE_MESSAGES.unknown}: ${detail}` : `${STORE_MESSAGES.unknown}.`;
}
