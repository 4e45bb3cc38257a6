/**
 * The typed client of the contract. It picks the transport once: the Electron preload
 * bridge (`window.vpdu`) in the app, or loopback HTTP (token in the page) in development
 * and tests. Callers see typed values or an ApiError carrying the Vietnamese message.
 */
import type { ApiInput, ApiMethod, ApiOutput, IpcBridge } from '../../shared/api/contract';
import { isAppErrorValue, type AppErrorValue } from '../../shared/api/errors';
import type { Result } from '../../shared/api/result';

declare global {
  interface Window {
    vpdu?: IpcBridge;
  }
}

export class ApiError extends Error {
  readonly value: AppErrorValue;
  constructor(value: AppErrorValue) {
    super(value.message);
    this.name = 'ApiError';
    this.value = value;
  }
}

type Transport = (method: string, input: unknown) => Promise<unknown>;

function httpTransport(token: string): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch (err) {
      return { ok: false, error: { code: 'IO', message: 'Mất kết nối tới phần lõi của ứng dụng.', detail: String(err) } };
    }
    if (!response.ok) {
      return { ok: false, error: { code: 'INTERNAL', message: 'Phần lõi từ chối yêu cầu.', detail: `HTTP ${response.status}` } };
    }
    return response.json() as Promise<unknown>;
  };
}

function pickTransport(): Transport {
  if (window.vpdu) {
    const bridge = window.vpdu;
    return (method, input) => bridge.invoke(method, input);
  }
  const token = document.querySelector<HTMLMetaElement>('meta[name="vpdu-token"]')?.content;
  if (token) return httpTransport(token);
  return () =>
    Promise.resolve({
      ok: false,
      error: { code: 'NOT_SUPPORTED', message: 'Không kết nối được phần lõi của ứng dụng.', detail: 'No transport available' },
    });
}

let transport: Transport | null = null;

/** Fired when the core refused a call because the app lock is on (the lock screen listens). */
export const LOCKED_EVENT = 'vpdu:locked';

export async function callApi<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  transport ??= pickTransport();
  const raw = (await transport(method, input)) as Result<ApiOutput<M>>;
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    if (raw.ok) return raw.value;
    if (isAppErrorValue(raw.error)) {
      if (raw.error.code === 'LOCKED' && method !== 'lock.unlock' && method !== 'lock.resetWithCode') window.dispatchEvent(new Event(LOCKED_EVENT));
      throw new ApiError(raw.error);
    }
  }
  throw new ApiError({ code: 'INTERNAL', message: 'Phản hồi không hợp lệ từ phần lõi.', detail: 'Malformed result' });
}

/** The user pressed "Huỷ" on the job this call waited for: not a failure. */
export function isCancelled(err: unknown): boolean {
  return err instanceof ApiError && err.value.code === 'CANCELLED';
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.value.message;
  return 'Đã xảy ra lỗi không mong muốn.';
}

/**
 * Calls back when the OS opened files with the app. In Electron the shell says so; over the
 * loopback transport (development, tests) the window checks when it gets the focus.
 */
export function onFilesOpened(callback: () => void): () => void {
  if (window.vpdu?.onFilesOpened) {
    let live = true;
    window.vpdu.onFilesOpened(() => {
      if (live) callback();
    });
    return () => {
      live = false;
    };
  }
  window.addEventListener('focus', callback);
  return () => window.removeEventListener('focus', callback);
}
