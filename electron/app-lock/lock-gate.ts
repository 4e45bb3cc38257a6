/**
 * While the app is locked the core answers only the lock's own methods: the lock is
 * enforced here, on the Node side, not merely drawn over the window.
 */
import { fail } from '../../shared/api/result';
import type { Dispatch } from '../api/dispatch';
import type { CoreContext } from '../core/context';
import { appLockOf } from './app-lock';

const OPEN_WHILE_LOCKED = new Set<unknown>(['lock.status', 'lock.unlock', 'lock.resetWithCode']);

export function guardedByAppLock(ctx: CoreContext, dispatch: Dispatch): Dispatch {
  return async (method, input) => {
    if (!OPEN_WHILE_LOCKED.has(method)) {
      const lock = appLockOf(ctx);
      if (lock.isLocked()) {
        return fail({ code: 'LOCKED', message: 'Ứng dụng đang khóa. Hãy nhập mật khẩu để tiếp tục.', detail: `refused ${String(method)}: app locked` });
      }
      lock.touch();
    }
    return dispatch(method, input);
  };
}
