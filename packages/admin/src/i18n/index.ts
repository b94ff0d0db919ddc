import { shallowRef } from 'vue';
import { createI18n } from 'vue-i18n';
import { ElMessage } from 'element-plus';
import type { Language } from 'element-plus/es/locale';
import elementZhCn from 'element-plus/es/locale/lang/zh-cn';
import type { MessageTree } from '@/admin-module';
import { ADMIN_MODULES } from '@/modules';
import zhCN from './zh-CN';
import { mergeMessages } from './messages';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

const STORAGE_KEY = 'gongkai.admin.locale';

/**
 * Chinese, the source language and the default, is built in for the sign-in, the menu and the home
 * page; the words of the modules' pages are fetched before the first of them opens. English (the
 * application's messages, every module's and Element Plus's) is fetched once, when a user first
 * chooses it.
 */
let chinese = mergeMessages(
  zhCN,
  ADMIN_MODULES.map((m) => ({ name: m.name, messages: m.messages?.['zh-CN'] })),
);

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': chinese } as Partial<Record<Locale, MessageTree>>,
  missingWarn: false,
  fallbackWarn: false,
});

/** Element Plus's own words (pagination, date pickers, empty tables) in the chosen language. */
export const elementLocale = shallowRef<Language>(elementZhCn);

let pages: Promise<void> | undefined;

/** The Chinese of every module's pages, fetched once, before the first of them opens (see routes.ts). */
export function loadPageMessages(): Promise<void> {
  pages ??= Promise.all(ADMIN_MODULES.map(async (m) => ({ name: m.name, messages: await m.messages?.pages?.() }))).then((modules) => {
    chinese = mergeMessages(chinese, modules);
    i18n.global.setLocaleMessage('zh-CN', chinese);
  });
  // a failed fetch (the network, or a new release) is tried again at the next page
  pages.catch(() => (pages = undefined));
  return pages;
}

let english: Promise<Language> | undefined;

function loadEnglish(): Promise<Language> {
  english ??= Promise.all([
    import('./en'),
    import('element-plus/es/locale/lang/en'),
    Promise.all(ADMIN_MODULES.map(async (m) => ({ name: m.name, messages: await m.messages?.en() }))),
  ]).then(([app, element, modules]) => {
    i18n.global.setLocaleMessage('en', mergeMessages(app.default, modules));
    return element.default;
  });
  // a failed fetch (the network, or a new release) is tried again at the next choice
  english.catch(() => (english = undefined));
  return english;
}

/** Show the SPA in a language; English is fetched first when it is not yet here. */
export async function setLocale(locale: Locale): Promise<void> {
  let element: Language = elementZhCn;
  if (locale === 'en') {
    try {
      element = await loadEnglish();
    } catch {
      ElMessage.error(t('error.network'));
      return;
    }
  }
  elementLocale.value = element;
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** The language chosen on an earlier visit, if not Chinese (called before the SPA is mounted). */
export async function restoreLocale(): Promise<void> {
  if (localStorage.getItem(STORAGE_KEY) === 'en') await setLocale('en');
}

/** Translate outside components (stores, router guards, helpers). */
export const t = i18n.global.t;
