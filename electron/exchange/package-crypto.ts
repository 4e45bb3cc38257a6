/**
 * The cryptography of packages, all from node:crypto:
 * - an install signs with Ed25519 and receives with X25519 (two key pairs: node:crypto
 *   cannot turn one into the other, and keeping signing and agreement apart is the usual rule);
 * - a package for a known recipient is sealed with an ephemeral X25519 agreement, HKDF-SHA256
 *   and AES-256-GCM; a "tất cả dữ liệu" package for a new install may be sealed with a
 *   passphrase through scrypt instead;
 * - the fingerprint binds both public keys, so neither can be swapped unnoticed.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scryptSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { FINGERPRINT_GROUPS } from '../../shared/exchange/fingerprint';

/** Public keys are carried as base64 of their 32 raw bytes. */
export interface PublicKeys {
  signingKey: string;
  agreementKey: string;
}

export interface InstallKeyPair extends PublicKeys {
  /** PKCS#8 DER, base64. */
  signingPrivate: string;
  agreementPrivate: string;
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

function rawPublic(key: KeyObject): string {
  return (key.export({ format: 'der', type: 'spki' }) as Buffer).subarray(12).toString('base64');
}

function publicKeyFromRaw(raw: string, prefix: Buffer): KeyObject {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new Error('public key must be 32 bytes');
  return createPublicKey({ key: Buffer.concat([prefix, bytes]), format: 'der', type: 'spki' });
}

function privateKey(der: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' });
}

export function generateInstallKeys(): InstallKeyPair {
  const signing = generateKeyPairSync('ed25519');
  const agreement = generateKeyPairSync('x25519');
  return {
    signingKey: rawPublic(signing.publicKey),
    agreementKey: rawPublic(agreement.publicKey),
    signingPrivate: (signing.privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).toString('base64'),
    agreementPrivate: (agreement.privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).toString('base64'),
  };
}

/** 30 digits: each of six 5-byte slices of SHA-256 over both keys, as a number mod 100000. */
export function fingerprintOf(keys: PublicKeys): string {
  const hash = createHash('sha256')
    .update('vpdu-fingerprint-v1\0')
    .update(Buffer.from(keys.signingKey, 'base64'))
    .update(Buffer.from(keys.agreementKey, 'base64'))
    .digest();
  let out = '';
  for (let i = 0; i < FINGERPRINT_GROUPS; i++) {
    const n = hash.readUIntBE(i * 5, 5);
    out += String(n % 100000).padStart(5, '0');
  }
  return out;
}

export function signBytes(keys: InstallKeyPair, data: Uint8Array): Uint8Array {
  return sign(null, data, privateKey(keys.signingPrivate));
}

export function verifySignature(signingKey: string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(null, data, publicKeyFromRaw(signingKey, ED25519_SPKI_PREFIX), signature);
  } catch {
    return false;
  }
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** How a payload was sealed; stored in the signed envelope. */
export type Sealing =
  | { kind: 'none' }
  | { kind: 'recipient'; ephemeralKey: string; iv: string; tag: string }
  | { kind: 'passphrase'; salt: string; n: number; r: number; p: number; iv: string; tag: string };

const HKDF_INFO = Buffer.from('vpdu-package-v1');
const SCRYPT = { n: 2 ** 15, r: 8, p: 1 };

function gcmSeal(key: Buffer, plain: Uint8Array, aad: Uint8Array): { iv: string; tag: string; cipher: Buffer } {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(aad);
  // GCM is a stream cipher: final() adds nothing, so the update is the whole cipher text (no
  // second copy of a part that may be gigabytes).
  const head = c.update(plain);
  const tail = c.final();
  const cipher = tail.length === 0 ? head : Buffer.concat([head, tail]);
  return { iv: iv.toString('base64'), tag: c.getAuthTag().toString('base64'), cipher };
}

/** Returns null when authentication fails (wrong key, wrong passphrase, altered bytes). */
function gcmOpen(key: Buffer, iv: string, tag: string, cipher: Uint8Array, aad: Uint8Array): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    d.setAAD(aad);
    d.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([d.update(cipher), d.final()]);
  } catch {
    return null;
  }
}

function recipientKey(shared: Buffer, ephemeralKey: string, recipientKey: string): Buffer {
  const salt = Buffer.concat([Buffer.from(ephemeralKey, 'base64'), Buffer.from(recipientKey, 'base64')]);
  return Buffer.from(hkdfSync('sha256', shared, salt, HKDF_INFO, 32));
}

export function sealForRecipient(plain: Uint8Array, recipientAgreementKey: string, aad: Uint8Array): { sealing: Sealing; cipher: Buffer } {
  const eph = generateKeyPairSync('x25519');
  const ephemeralKey = rawPublic(eph.publicKey);
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: publicKeyFromRaw(recipientAgreementKey, X25519_SPKI_PREFIX) });
  const { iv, tag, cipher } = gcmSeal(recipientKey(shared, ephemeralKey, recipientAgreementKey), plain, aad);
  return { sealing: { kind: 'recipient', ephemeralKey, iv, tag }, cipher };
}

export function openForRecipient(sealing: Extract<Sealing, { kind: 'recipient' }>, cipher: Uint8Array, keys: InstallKeyPair, aad: Uint8Array): Buffer | null {
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: privateKey(keys.agreementPrivate), publicKey: publicKeyFromRaw(sealing.ephemeralKey, X25519_SPKI_PREFIX) });
  } catch {
    return null;
  }
  return gcmOpen(recipientKey(shared, sealing.ephemeralKey, keys.agreementKey), sealing.iv, sealing.tag, cipher, aad);
}

function passphraseKey(passphrase: string, salt: Buffer, n: number, r: number, p: number): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 });
}

export function sealWithPassphrase(plain: Uint8Array, passphrase: string, aad: Uint8Array): { sealing: Sealing; cipher: Buffer } {
  const salt = randomBytes(16);
  const { iv, tag, cipher } = gcmSeal(passphraseKey(passphrase, salt, SCRYPT.n, SCRYPT.r, SCRYPT.p), plain, aad);
  return { sealing: { kind: 'passphrase', salt: salt.toString('base64'), ...SCRYPT, iv, tag }, cipher };
}

export function openWithPassphrase(sealing: Extract<Sealing, { kind: 'passphrase' }>, cipher: Uint8Array, passphrase: string, aad: Uint8Array): Buffer | null {
  // Parameters come from the file: bound them so a forged envelope cannot make scrypt eat the machine.
  if (sealing.n > 2 ** 17 || sealing.r > 16 || sealing.p > 4) return null;
  const key = passphraseKey(passphrase, Buffer.from(sealing.salt, 'base64'), sealing.n, sealing.r, sealing.p);
  return gcmOpen(key, sealing.iv, sealing.tag, cipher, aad);
}
