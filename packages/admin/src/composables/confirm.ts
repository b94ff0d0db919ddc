import { ElMessageBox } from 'element-plus';
import { t } from '@/i18n';

/** Ask before an action; resolves true when the user confirms. */
export async function confirmAction(message: string, title?: string, danger = false): Promise<boolean> {
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
