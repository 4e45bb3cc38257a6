/**
 * What a package says about itself. Two documents:
 * - the envelope (`envelope.json`, outer zip, signed): who sent it, for whom, how the payload
 *   is sealed and the SHA-256 of the payload bytes;
 * - the manifest (`manifest.json`, inside the payload): schema version, counts, per-install
 *   sequence ranges, the sender's acknowledgements and the hash of every other entry.
 * Both are parsed with zod and strict size caps before anything else is trusted.
 */
import { z } from 'zod';

export const PACKAGE_FORMAT = 'vpdu-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const CHANGES_NAME = 'changes.jsonl';
/** Row snapshots of a scoped package (scope `unit`), parents before children. */
export const SNAPSHOTS_NAME = 'snapshots.jsonl';
export const FILES_PREFIX = 'files/';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/).max(200);
const installRef = z.object({ installId: z.string().min(1).max(100), name: z.string().max(300) });

export const sealingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('recipient'), ephemeralKey: b64, iv: b64, tag: b64 }),
  z.object({
    kind: z.literal('passphrase'),
    salt: b64,
    n: z.number().int().positive(),
    r: z.number().int().positive(),
    p: z.number().int().positive(),
    iv: b64,
    tag: b64,
  }),
]);

/**
 * A package split for FAT32 sticks: each part is a whole package of its own (signed, sealed,
 * its own package id); `setId` ties the parts of one export together.
 */
export const partSchema = z
  .object({ index: z.number().int().min(1).max(10_000), count: z.number().int().min(1).max(10_000), setId: z.string().min(1).max(100).optional() })
  .refine((p) => p.index <= p.count, 'part index past its count');
export type PackagePart = z.infer<typeof partSchema>;

export const envelopeSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  packageId: z.string().min(1).max(100),
  createdAt: z.string().max(40),
  sender: installRef.extend({ signingKey: b64, agreementKey: b64 }),
  recipient: installRef.nullable(),
  sealing: sealingSchema,
  payload: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() }),
  /** Part `index` of `count` of one export (`setId`, absent for a whole package). */
  part: partSchema,
});
export type PackageEnvelope = z.infer<typeof envelopeSchema>;

export const packageScopeSchema = z.discriminatedUnion('kind', [
  /** Everything the recipient has not acknowledged. */
  z.object({ kind: z.literal('peer') }),
  /** Every change this install holds ("tất cả dữ liệu", a first exchange). */
  z.object({ kind: z.literal('all') }),
  /** What concerns one unit: its tasks, their progress, the conclusions assigning them. */
  z.object({ kind: z.literal('unit'), unitId: z.string().min(1).max(100), unitName: z.string().max(300) }),
]);
export type PackageScope = z.infer<typeof packageScopeSchema>;

const seq = z.number().int().nonnegative();

export const manifestSchema = z.object({
  format: z.literal('vpdu-manifest'),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  packageId: z.string().min(1).max(100),
  createdAt: z.string().max(40),
  sender: installRef,
  recipient: installRef.nullable(),
  scope: packageScopeSchema,
  counts: z.object({
    changes: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
    byTable: z.record(z.string().max(64), z.number().int().nonnegative()),
  }),
  /** Per origin install: the lowest and highest sequence number of its changes carried here. */
  ranges: z.array(z.object({ installId: z.string().max(100), from: seq, to: seq })).max(10_000),
  /** Per origin install: the sender holds every change of it up to `seq` (contiguous). */
  acks: z.array(z.object({ installId: z.string().max(100), seq })).max(10_000),
  entries: z.array(z.object({ name: z.string().max(255), sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() })).max(100_000),
  /** Absent for a whole package (and in packages of earlier versions); must equal the envelope's. */
  part: partSchema.optional(),
});
export type PackageManifest = z.infer<typeof manifestSchema>;
