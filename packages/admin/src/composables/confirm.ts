import { t } from '@/i18n';

/** Ask before an action; resolves true when the user confirms. The message box is fetched on first use. */
export async function confirmAction(message: string, title?: string, danger = false): Promise<boolean> {
  const { ElMessageBox } = await import('element-plus/es/components/message-box/index.mjs');
  try {
    await ElMessageBox.confirm(message, title ?? t('common.confirm'), {
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      type: danger ? 'warning' : 'info',
      confirmButtonClass: danger ? 'el-button--danger' : undefined,
      autofocus: false,
    });
    return true;
  } catch {
    return false;
  }
}
