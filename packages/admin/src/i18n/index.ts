import { createI18n } from 'vue-i18n';
import { ADMIN_MODULES } from '@/modules';
import zhCN from './zh-CN';
import en from './en';
import { mergeMessages } from './messages';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

const STORAGE_KEY = 'gongkai.admin.locale';

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': mergeMessages(zhCN, ADMIN_MODULES, 'zh-CN'), en: mergeMessages(en, ADMIN_MODULES, 'en') },
  missingWarn: false,
  fallbackWarn: false,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** Translate outside components (stores, router guards, helpers). */
export const t = i18n.global.t;
