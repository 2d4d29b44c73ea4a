// Events the app must show the user instead of failing silently: another tab upgraded the database
// (this tab's connection is closed), or this tab's upgrade waits for an old tab to close.
export type StoreNoticeKind = 'versionchange' | 'blocked';

export interface StoreNotice {
  kind: StoreNoticeKind;
  dbName: string;
  /** Ready to show, in Russian. */
  message: string;
}

export const NOTICE_MESSAGES: Record<StoreNoticeKind, string> = {
  versionchange: 'Приложение обновилось в другой вкладке, и эта вкладка отключена от базы данных. Откройте страницу заново.',
  blocked: 'Обновление базы данных ждёт: закройте другие вкладки с этим приложением (или откройте их заново).',
};

type Listener = (notice: StoreNotice) => void;
const listeners = new Set<Listener>();

/** Registers a callback for store notices; returns the function that unregisters it. */
export function onStoreNotice(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitStoreNotice(kind: StoreNoticeKind, dbName: string): void {
  const notice: StoreNotice = { kind, dbName, message: NOTICE_MESSAGES[kind] };
  if (listeners.size === 0) console.warn(`[store] ${notice.message}`);
  for (const listener of listeners) listener(notice);
}
