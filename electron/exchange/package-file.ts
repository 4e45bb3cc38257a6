/**
 * One `.vpdu` file, built and read. Layout (documented in docs/ARCHITECTURE.md):
 *
 *   outer zip ── envelope.json   who, for whom, sealing, SHA-256 of payload.bin
 *             ── payload.bin     the inner zip, sealed for the recipient (or by passphrase)
 *             zip comment        "VPDUSIG1" + Ed25519 signature (64 bytes) over every byte of
 *                                the file before the signature itself
 *   inner zip ── manifest.json   counts, ranges, acknowledgements, hash of every entry
 *             ── changes.jsonl   one change per line
 *             ── files/<sha256>  evidence files the recipient lacks
 *
 * Reading checks, in order: the file is a zip of exactly those three entries within strict
 * limits; the envelope parses and its format is one this app reads; the payload's hash
 * matches; the signature verifies with the key the envelope names. Whether that key is
 * trusted is the caller's decision (the import service), before the payload is opened.
 */
import { packageErrors } from './package-errors';
import {
  MANIFEST_NAME,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  envelopeSchema,
  manifestSchema,
  type PackageEnvelope,
  type PackageManifest,
  type PackagePart,
} from './package-manifest';
import {
  openForRecipient,
  openWithPassphrase,
  sealForRecipient,
  sealWithPassphrase,
  sha256Hex,
  signBytes,
  verifySignature,
  type InstallKeyPair,
  type Sealing,
} from './package-crypto';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import { MAX_PART_BYTES, readZipStrict, writeZip, writeZipWithComment, type ZipEntry, type ZipLimits } from './package-zip';

const ENVELOPE_NAME = 'envelope.json';
const PAYLOAD_NAME = 'payload.bin';
const SIGNATURE_MARK = Buffer.from('VPDUSIG1');
const SIGNATURE_BYTES = 64;
const COMMENT_LENGTH = SIGNATURE_MARK.length + SIGNATURE_BYTES;

export const OUTER_LIMITS: ZipLimits = {
  maxEntries: 2,
  maxEntrySize: MAX_PART_BYTES,
  maxTotalSize: MAX_PART_BYTES,
  maxRatio: 50,
  ratioFloor: 1024 * 1024,
  namedMaxSize: { [ENVELOPE_NAME]: 64 * 1024 },
};

export const PAYLOAD_LIMITS: ZipLimits = {
  maxEntries: 50_000,
  maxEntrySize: 1024 ** 3,
  maxTotalSize: MAX_PART_BYTES,
  // JSON lines compress about 10:1; a bomb runs at 1000:1 and more.
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
  namedMaxSize: { [MANIFEST_NAME]: 16 * 1024 * 1024 },
};

export interface PackageParty {
  installId: string;
  name: string;
}

export interface BuildPackageInput {
  keys: InstallKeyPair;
  sender: PackageParty;
  /** With an agreement key the payload is sealed for it (the default whenever the key is known). */
  recipient: (PackageParty & { agreementKey: string | null }) | null;
  passphrase?: string | null;
  packageId: string;
  createdAt: string;
  manifest: Omit<PackageManifest, 'entries'>;
  entries: ZipEntry[];
  /**
   * Evidence files by path, read only when this part is zipped (in the job thread), so an
   * export never holds more than one part's files in memory.
   */
  files?: Array<{ name: string; path: string }>;
  part?: PackagePart;
  /** The largest file this part may become (MAX_PART_BYTES, or a smaller limit asked for). */
  maxBytes?: number;
}

function aadFor(packageId: string, senderId: string, recipientId: string | null): Buffer {
  return Buffer.from(`vpdu-package-v1|${packageId}|${senderId}|${recipientId ?? '*'}`);
}

/** The payload zip: manifest first, with the hash of every other entry. */
export function buildPayload(manifest: Omit<PackageManifest, 'entries'>, entries: ZipEntry[]): Uint8Array {
  const full: PackageManifest = { ...manifest, entries: entries.map((e) => ({ name: e.name, sha256: sha256Hex(e.data), size: e.data.length })) };
  const manifestEntry = { name: MANIFEST_NAME, data: Buffer.from(JSON.stringify(full)) };
  return writeZip([manifestEntry, ...entries], { store: (name) => name.startsWith('files/') });
}

/** Seals and signs a payload; `payload` may be any bytes (tests seal hostile ones). */
export function sealPackage(input: Omit<BuildPackageInput, 'manifest' | 'entries'> & { payload: Uint8Array }): Uint8Array {
  const aad = aadFor(input.packageId, input.sender.installId, input.recipient?.installId ?? null);
  let sealing: Sealing = { kind: 'none' };
  let body: Uint8Array = input.payload;
  if (input.passphrase) {
    ({ sealing, cipher: body } = sealWithPassphrase(input.payload, input.passphrase, aad));
  } else if (input.recipient?.agreementKey) {
    ({ sealing, cipher: body } = sealForRecipient(input.payload, input.recipient.agreementKey, aad));
  }
  const envelope: PackageEnvelope = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    packageId: input.packageId,
    createdAt: input.createdAt,
    sender: { ...input.sender, signingKey: input.keys.signingKey, agreementKey: input.keys.agreementKey },
    recipient: input.recipient ? { installId: input.recipient.installId, name: input.recipient.name } : null,
    sealing,
    payload: { sha256: sha256Hex(body), size: body.length },
    part: input.part ?? { index: 1, count: 1 },
  };
  const envelopeBytes = Buffer.from(JSON.stringify(envelope));
  // The file in one buffer of its final size, the signature's room left at the end: a part may
  // be gigabytes, and each copy of it costs that much memory.
  const file = writeZipWithComment(
    [
      { name: ENVELOPE_NAME, data: envelopeBytes, deflate: true },
      { name: PAYLOAD_NAME, data: body },
    ],
    COMMENT_LENGTH,
  );
  // The comment carries the signature, so the signature covers every other byte of the file,
  // its own length included.
  const signedLength = file.length - SIGNATURE_BYTES;
  SIGNATURE_MARK.copy(file, signedLength - SIGNATURE_MARK.length);
  file.set(signBytes(input.keys, file.subarray(0, signedLength)), signedLength);
  return file;
}

/** SHA-256 and size of a file, read in chunks (an evidence file is never held whole for this). */
function hashFile(path: string): { sha256: string; size: number } {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1024 * 1024);
  const fd = openSync(path, 'r');
  let size = 0;
  try {
    for (let n = readSync(fd, chunk, 0, chunk.length, size); n > 0; n = readSync(fd, chunk, 0, chunk.length, size)) {
      hash.update(chunk.subarray(0, n));
      size += n;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * The payload of a part: its evidence files are hashed for the manifest in chunks, then read
 * straight into their place in the one payload buffer (and checked there against that hash).
 */
function payloadWithFiles(input: BuildPackageInput): Uint8Array {
  const files = (input.files ?? []).map((f) => ({ name: f.name, path: f.path, ...hashFile(f.path) }));
  const listed = [...input.entries.map((e) => ({ name: e.name, sha256: sha256Hex(e.data), size: e.data.length })), ...files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.size }))];
  const full: PackageManifest = { ...input.manifest, entries: listed };
  return writeZipWithComment(
    [{ name: MANIFEST_NAME, data: Buffer.from(JSON.stringify(full)), deflate: true }, ...input.entries.map((e) => ({ ...e, deflate: !e.name.startsWith('files/') })), ...files],
    0,
  );
}

export function buildPackage(input: BuildPackageInput): Uint8Array {
  const bytes = sealPackage({ ...input, payload: payloadWithFiles(input) });
  const max = Math.min(input.maxBytes ?? MAX_PART_BYTES, MAX_PART_BYTES);
  // The export's slicing keeps a margin for the zip and the manifest; this is the last guard.
  if (bytes.length > max) {
    throw new AppError('INTERNAL', 'Gói dữ liệu lớn hơn giới hạn một tệp gói. Không có tệp nào được ghi.', `part ${bytes.length} bytes > ${max}`);
  }
  return bytes;
}

/** A package whose structure, hash and signature are sound; not yet trusted, not yet opened. */
export interface SignedPackage {
  envelope: PackageEnvelope;
  payload: Uint8Array;
  /** SHA-256 of the whole file, for the history and replay detection. */
  fileSha256: string;
  size: number;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw packageErrors.damaged(`${what} is not JSON`);
  }
}

export function readSignedPackage(bytes: Uint8Array): SignedPackage {
  if (bytes.length === 0) throw packageErrors.empty();
  if (bytes.length > MAX_PART_BYTES) throw packageErrors.tooLarge(`${bytes.length} bytes`);
  const entries = readZipStrict(bytes, OUTER_LIMITS);
  const envelopeBytes = entries.get(ENVELOPE_NAME);
  const payload = entries.get(PAYLOAD_NAME);
  if (!envelopeBytes || !payload || entries.size !== 2) {
    throw packageErrors.notPackage(`entries: ${[...entries.keys()].join(', ')}`);
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const markAt = buf.length - SIGNATURE_BYTES - SIGNATURE_MARK.length;
  if (buf.readUInt16LE(buf.length - COMMENT_LENGTH - 2) !== COMMENT_LENGTH || !buf.subarray(markAt, markAt + SIGNATURE_MARK.length).equals(SIGNATURE_MARK)) {
    throw packageErrors.notPackage('no package signature');
  }
  const raw = parseJson(envelopeBytes, 'envelope');
  const format = (raw as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== PACKAGE_FORMAT) throw packageErrors.notPackage('envelope format');
  if (typeof format.formatVersion === 'number' && format.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw packageErrors.formatTooNew(format.formatVersion, PACKAGE_FORMAT_VERSION);
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) throw packageErrors.damaged(`envelope: ${parsed.error.message}`);
  const envelope = parsed.data;
  if (!verifySignature(envelope.sender.signingKey, buf.subarray(0, buf.length - SIGNATURE_BYTES), buf.subarray(buf.length - SIGNATURE_BYTES))) {
    throw packageErrors.badSignature();
  }
  if (payload.length !== envelope.payload.size || sha256Hex(payload) !== envelope.payload.sha256) {
    throw packageErrors.damaged('payload hash differs from the signed envelope');
  }
  return { envelope, payload, fileSha256: sha256Hex(bytes), size: bytes.length };
}

export interface OpenedPayload {
  manifest: PackageManifest;
  entries: Map<string, Uint8Array>;
}

/** Decrypts (when sealed) and reads the payload; checks the manifest against every entry. */
export function openPayload(
  pkg: SignedPackage,
  options: { keys: InstallKeyPair; passphrase?: string | null | undefined; schemaVersion: number },
): OpenedPayload {
  const { envelope } = pkg;
  const aad = aadFor(envelope.packageId, envelope.sender.installId, envelope.recipient?.installId ?? null);
  let plain: Uint8Array = pkg.payload;
  if (envelope.sealing.kind === 'recipient') {
    const opened = openForRecipient(envelope.sealing, pkg.payload, options.keys, aad);
    if (!opened) throw packageErrors.noRecipientKey();
    plain = opened;
  } else if (envelope.sealing.kind === 'passphrase') {
    if (!options.passphrase) throw packageErrors.needsPassphrase();
    const opened = openWithPassphrase(envelope.sealing, pkg.payload, options.passphrase, aad);
    if (!opened) throw packageErrors.wrongPassphrase();
    plain = opened;
  }
  const entries = readZipStrict(plain, PAYLOAD_LIMITS);
  const manifestBytes = entries.get(MANIFEST_NAME);
  if (!manifestBytes) throw packageErrors.notPackage('payload has no manifest');
  const raw = parseJson(manifestBytes, 'manifest') as { schemaVersion?: unknown } | null;
  if (raw && typeof raw.schemaVersion === 'number' && raw.schemaVersion > options.schemaVersion) {
    throw packageErrors.schemaTooNew(raw.schemaVersion, options.schemaVersion);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw packageErrors.damaged(`manifest: ${parsed.error.message}`);
  const manifest = parsed.data;
  if (manifest.packageId !== envelope.packageId || manifest.sender.installId !== envelope.sender.installId) {
    throw packageErrors.damaged('manifest and envelope disagree');
  }
  const part = manifest.part ?? { index: 1, count: 1 };
  if (part.index !== envelope.part.index || part.count !== envelope.part.count || part.setId !== envelope.part.setId) {
    throw packageErrors.damaged('manifest and envelope name different parts');
  }
  if (entries.size !== manifest.entries.length + 1) throw packageErrors.damaged('entry count differs from the manifest');
  for (const e of manifest.entries) {
    const data = entries.get(e.name);
    if (!data || data.length !== e.size || sha256Hex(data) !== e.sha256) throw packageErrors.damaged(`entry ${e.name} hash`);
  }
  entries.delete(MANIFEST_NAME);
  return { manifest, entries };
}
