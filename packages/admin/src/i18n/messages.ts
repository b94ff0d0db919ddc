import type { MessageTree } from '@/admin-module';

/** One contributor's messages in one language: the application's own, or a module's. */
export interface NamedMessages {
  name: string;
  messages: MessageTree | undefined;
}

/**
 * The application's messages and those of every module, merged into one tree (one language). Two
 * modules (or a module and the application) giving the same key is a mistake, and refused.
 */
export function mergeMessages(base: MessageTree, modules: readonly NamedMessages[]): MessageTree {
  const merged = structuredClone(base);
  for (const module of modules) {
    if (module.messages) mergeInto(merged, module.messages, module.name, '');
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
