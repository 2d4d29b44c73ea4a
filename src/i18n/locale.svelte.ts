// The interface language: Russian first, English on request, kept in the URL as `lang`
// (so a shared link opens in the same language).
export type Lang = 'ru' | 'en';

const fromUrl = (): Lang => (typeof location !== 'undefined' && new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ru');

export const locale = $state<{ lang: Lang }>({ lang: fromUrl() });

export function setLang(lang: Lang): void {
  locale.lang = lang;
  const p = new URLSearchParams(location.search);
  if (lang === 'ru') p.delete('lang');
  else p.set('lang', lang);
  const query = p.toString().replace(/%2C/g, ',');
  history.replaceState(history.state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
  document.documentElement.lang = lang;
}

if (typeof window !== 'undefined') {
  document.documentElement.lang = locale.lang;
  window.addEventListener('popstate', () => (locale.lang = fromUrl()));
}
