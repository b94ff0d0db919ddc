import type { AdminModule, MessageTree } from '@/admin-module';

/**
 * The application's messages and those of every module, merged into one tree per locale. Two
 * modules (or a module and the application) giving the same key is a mistake, and refused.
 */
export function mergeMessages(base: MessageTree, modules: readonly AdminModule[], locale: 'zh-CN' | 'en'): MessageTree {
  const merged = structuredClone(base);
  for (const module of modules) {
    const own = module.messages?.[locale];
    if (own) mergeInto(merged, own, module.name, '');
  }
  return merged;
}

function mergeInto(target: MessageTree, source: MessageTree, module: string, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    const existing = target[key];
    if (existing === undefined) target[key] = typeof value === 'string' ? value : structuredClone(value);
    else if (typeof existing !== 'string' && typeof value !== 'string') mergeInto(existing, value, module, at);
    else throw new Error(`message ${at} of module ${module} is given twice`);
  }
}
