// The interface language: Russian first, English on request (kept in the URL as `lang`).
export type Lang = 'ru' | 'en';

export const locale = $state<{ lang: Lang }>({ lang: 'ru' });
