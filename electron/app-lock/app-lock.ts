/**
 * The optional app lock: a password asked at start and after a spell of inactivity. The
 * password is never stored, only a scrypt-derived key with its salt; a recovery code, shown
 * once when the lock is turned on, is the only way to set a new password. This keeps a
 * colleague or visitor at a shared office PC out of the records; it does not encrypt the
 * database file (the README says so).
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { writeFileAtomic } from '../system/files';

/** ~32 MiB and ~0.1 s per try on an office PC: slow enough to make guessing costly. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLen: 32 } as const;
const MAX_FAILURES = 5;
const FAILURE_PAUSE_MS = 30_000;

interface DerivedSecret {
  salt: string;
  key: string;
}

interface LockSettings {
  version: 1;
  scrypt: { N: number; r: number; p: number; keyLen: number };
  password: DerivedSecret;
  recovery: DerivedSecret;
  /** 0: never lock by itself. */
  idleMinutes: number;
}

export interface LockStatus {
  enabled: boolean;
  locked: boolean;
  idleMinutes: number;
}

function derive(secret: string, salt: Buffer, params: LockSettings['scrypt']): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, params.keyLen, { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r * 2 });
}

function newSecret(secret: string): DerivedSecret {
  const salt = randomBytes(16);
  return { salt: salt.toString('hex'), key: derive(secret, salt, SCRYPT).toString('hex') };
}

function matches(secret: string, stored: DerivedSecret, params: LockSettings['scrypt']): boolean {
  const expected = Buffer.from(stored.key, 'hex');
  const actual = derive(secret, Buffer.from(stored.salt, 'hex'), params);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** 20 characters from an alphabet without look-alikes (0/O, 1/I/L), in groups of five. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newRecoveryCode(): string {
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]!);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function wrongPassword(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, 'app lock: secret did not match', { [field]: message });
}

export class AppLock {
  private locked: boolean;
  private lastActivity: number;
  private failures = 0;
  private pausedUntil = 0;

  constructor(
    private readonly file: string,
    private readonly now: () => number,
  ) {
    this.locked = this.settings() !== null;
    this.lastActivity = now();
  }

  private settings(): LockSettings | null {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as LockSettings;
      return parsed.version === 1 ? parsed : null;
    } catch {
      return null;
    }
  }

  private save(settings: LockSettings): void {
    mkdirSync(join(this.file, '..'), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(settings, null, 2));
  }

  /** Locked now, counting the inactivity since the last call. */
  isLocked(): boolean {
    const s = this.settings();
    if (!s) return (this.locked = false);
    if (!this.locked && s.idleMinutes > 0 && this.now() - this.lastActivity > s.idleMinutes * 60_000) this.locked = true;
    return this.locked;
  }

  /** A call from the window: the user is there. */
  touch(): void {
    this.lastActivity = this.now();
  }

  status(): LockStatus {
    const s = this.settings();
    return { enabled: s !== null, locked: this.isLocked(), idleMinutes: s?.idleMinutes ?? 0 };
  }

  private checkPaused(): void {
    const wait = this.pausedUntil - this.now();
    if (wait > 0) {
      throw new AppError('LOCKED', `Nhập sai quá nhiều lần. Hãy chờ ${Math.ceil(wait / 1000)} giây rồi thử lại.`, 'app lock: paused after failures');
    }
  }

  private verify(secret: string, which: 'password' | 'recovery', field: string, message: string): LockSettings {
    const s = this.settings();
    if (!s) throw new AppError('CONFLICT', 'Khóa ứng dụng chưa được bật.', 'app lock: not enabled');
    this.checkPaused();
    if (!matches(which === 'password' ? secret : normaliseCode(secret), s[which], s.scrypt)) {
      this.failures += 1;
      if (this.failures >= MAX_FAILURES) {
        this.failures = 0;
        this.pausedUntil = this.now() + FAILURE_PAUSE_MS;
      }
      throw wrongPassword(field, message);
    }
    this.failures = 0;
    return s;
  }

  /** Turns the lock on; returns the recovery code, to be shown once. */
  enable(password: string, idleMinutes: number): { recoveryCode: string } {
    if (this.settings()) throw new AppError('CONFLICT', 'Khóa ứng dụng đã được bật. Hãy đổi mật khẩu trong phần cài đặt khóa.', 'app lock: already enabled');
    const recoveryCode = newRecoveryCode();
    this.save({ version: 1, scrypt: { ...SCRYPT }, password: newSecret(password), recovery: newSecret(normaliseCode(recoveryCode)), idleMinutes });
    this.locked = false;
    this.touch();
    return { recoveryCode };
  }

  change(currentPassword: string, changes: { newPassword?: string | undefined; idleMinutes: number }): LockStatus {
    const s = this.verify(currentPassword, 'password', 'currentPassword', 'Mật khẩu hiện tại không đúng.');
    this.save({ ...s, scrypt: { ...SCRYPT }, password: changes.newPassword ? newSecret(changes.newPassword) : s.password, idleMinutes: changes.idleMinutes });
    return this.status();
  }

  disable(password: string): LockStatus {
    this.verify(password, 'password', 'password', 'Mật khẩu không đúng.');
    rmSync(this.file, { force: true });
    this.locked = false;
    return this.status();
  }

  unlock(password: string): LockStatus {
    this.verify(password, 'password', 'password', 'Mật khẩu không đúng.');
    this.locked = false;
    this.touch();
    return this.status();
  }

  lockNow(): LockStatus {
    if (this.settings()) this.locked = true;
    return this.status();
  }

  /** Sets a new password with the recovery code; the code is used up and a new one given. */
  resetWithCode(recoveryCode: string, newPassword: string): { recoveryCode: string } {
    const s = this.verify(recoveryCode, 'recovery', 'recoveryCode', 'Mã khôi phục không đúng.');
    const fresh = newRecoveryCode();
    this.save({ ...s, scrypt: { ...SCRYPT }, password: newSecret(newPassword), recovery: newSecret(normaliseCode(fresh)) });
    this.locked = false;
    this.touch();
    return { recoveryCode: fresh };
  }
}

const locks = new WeakMap<CoreContext, AppLock>();

/** The lock of this install's data folder (settings file beside the database). */
export function appLockOf(ctx: CoreContext): AppLock {
  let lock = locks.get(ctx);
  if (!lock) {
    lock = new AppLock(join(ctx.dataDir, 'app-lock.json'), () => ctx.clock.now().getTime());
    locks.set(ctx, lock);
  }
  return lock;
}
