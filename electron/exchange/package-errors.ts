/**
 * Why a package file was refused. Every refusal is a `BAD_FILE` AppError with a Vietnamese
 * message a clerk can act on and a `reason` code tests and the history can match.
 */
import { AppError } from '../../shared/api/errors';

export type PackageRefusal =
  | 'empty'
  | 'not-package'
  | 'truncated'
  | 'damaged'
  | 'too-large'
  | 'zip-unsafe-name'
  | 'zip-duplicate'
  | 'zip-symlink'
  | 'zip-bomb'
  | 'zip-too-many'
  | 'manifest-too-large'
  | 'bad-signature'
  | 'format-too-new'
  | 'schema-too-new'
  | 'unknown-sender'
  | 'key-mismatch'
  | 'own-package'
  | 'other-recipient'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'no-recipient-key'
  | 'replayed'
  | 'nothing-new';

export class PackageError extends AppError {
  constructor(
    readonly reason: PackageRefusal,
    message: string,
    detail: string,
  ) {
    super('BAD_FILE', message, `package refused (${reason}): ${detail}`);
  }
}

const DAMAGED = 'Gói dữ liệu bị hỏng hoặc đã bị sửa sau khi tạo (kiểm tra chữ ký và mã băm không khớp). Không có dữ liệu nào được nhận. Hãy xin máy gửi tạo lại gói.';

export const packageErrors = {
  empty: () => new PackageError('empty', 'Tệp rỗng (0 byte), không phải gói dữ liệu. Có thể việc chép ra USB chưa xong; hãy chép lại tệp .vpdu.', 'zero-byte file'),
  notPackage: (detail: string) =>
    new PackageError(
      'not-package',
      'Tệp này không phải gói dữ liệu của Văn phòng Đảng ủy (có thể là tệp khác bị đổi tên thành .vpdu). Không có dữ liệu nào được nhận.',
      detail,
    ),
  truncated: (detail: string) =>
    new PackageError('truncated', 'Gói dữ liệu bị cắt cụt (tệp không đầy đủ, có thể rút USB khi đang chép). Hãy chép lại tệp từ máy gửi.', detail),
  damaged: (detail: string) => new PackageError('damaged', DAMAGED, detail),
  tooLarge: (detail: string) =>
    new PackageError('too-large', 'Gói dữ liệu vượt quá giới hạn cho phép (quá lớn để đọc an toàn). Không có dữ liệu nào được nhận.', detail),
  unsafeName: (name: string) =>
    new PackageError(
      'zip-unsafe-name',
      'Gói dữ liệu chứa tên tệp không hợp lệ (đường dẫn ra ngoài thư mục hoặc đường dẫn tuyệt đối). Gói bị từ chối để bảo vệ máy.',
      `unsafe entry name ${JSON.stringify(name)}`,
    ),
  duplicate: (name: string) =>
    new PackageError('zip-duplicate', 'Gói dữ liệu chứa hai tệp trùng tên, có thể đã bị làm giả. Gói bị từ chối.', `duplicate entry ${JSON.stringify(name)}`),
  symlink: (name: string) =>
    new PackageError('zip-symlink', 'Gói dữ liệu chứa liên kết tượng trưng (symbolic link), điều gói thật không bao giờ có. Gói bị từ chối.', `symlink entry ${JSON.stringify(name)}`),
  bomb: (detail: string) =>
    new PackageError(
      'zip-bomb',
      'Gói dữ liệu có phần nén bất thường (khi giải nén sẽ lớn quá mức, kiểu "bom nén"). Gói bị từ chối để bảo vệ máy.',
      detail,
    ),
  tooMany: (count: number) =>
    new PackageError('zip-too-many', 'Gói dữ liệu chứa quá nhiều tệp so với giới hạn. Gói bị từ chối.', `${count} entries`),
  manifestTooLarge: (size: number) =>
    new PackageError('manifest-too-large', 'Phần mô tả (manifest) của gói dữ liệu lớn bất thường. Gói bị từ chối.', `manifest ${size} bytes`),
  badSignature: () =>
    new PackageError(
      'bad-signature',
      'Chữ ký của gói dữ liệu không đúng: gói đã bị sửa hoặc không do máy ghi trong gói tạo ra. Không có dữ liệu nào được nhận.',
      'Ed25519 signature does not verify',
    ),
  formatTooNew: (version: number, supported: number) =>
    new PackageError(
      'format-too-new',
      `Gói dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (định dạng ${version}, máy này đọc được tới ${supported}). Hãy cập nhật ứng dụng rồi nhận lại gói.`,
      `format ${version} > ${supported}`,
    ),
  schemaTooNew: (version: number, supported: number) =>
    new PackageError(
      'schema-too-new',
      `Gói dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ dữ liệu ${version}, máy này hiểu tới ${supported}). Hãy cập nhật ứng dụng rồi nhận lại gói; dữ liệu trên máy không bị thay đổi.`,
      `schema ${version} > ${supported}`,
    ),
  unknownSender: (name: string, fingerprint: string) =>
    new PackageError(
      'unknown-sender',
      `Gói này từ một máy chưa được tin cậy: "${name}", dấu vân tay ${fingerprint}. Hãy gọi điện cho người gửi, đọc đối chiếu dấu vân tay, rồi chọn "Tin cậy máy này" trước khi nhận.`,
      'sender not trusted',
    ),
  keyMismatch: (name: string) =>
    new PackageError(
      'key-mismatch',
      `Gói ghi là từ "${name}" nhưng khóa ký khác với khóa đã tin cậy của máy đó. Có thể gói bị làm giả. Gói bị từ chối.`,
      'sender key differs from the trusted key',
    ),
  ownPackage: () =>
    new PackageError('own-package', 'Gói này do chính máy này tạo ra; không cần nhận lại.', 'package from this install'),
  otherRecipient: (name: string) =>
    new PackageError(
      'other-recipient',
      `Gói này được tạo cho máy khác ("${name}"), không phải máy này. Hãy xin máy gửi tạo gói cho máy này.`,
      'recipient is another install',
    ),
  needsPassphrase: () =>
    new PackageError('needs-passphrase', 'Gói dữ liệu được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu người gửi đã đặt.', 'passphrase required'),
  wrongPassphrase: () =>
    new PackageError('wrong-passphrase', 'Mật khẩu không đúng, hoặc gói đã bị sửa. Không có dữ liệu nào được nhận.', 'AES-GCM authentication failed (passphrase)'),
  noRecipientKey: () =>
    new PackageError(
      'no-recipient-key',
      'Gói được mã hóa cho máy này nhưng không giải mã được (khóa của máy đã thay đổi, hoặc gói đã bị sửa). Hãy xin máy gửi tạo lại gói.',
      'AES-GCM authentication failed (recipient key)',
    ),
  replayed: (when: string, what = 'Gói này') =>
    new PackageError('replayed', `${what} đã được nhận lúc ${when}. Nhận lại không thay đổi gì.`, 'package already imported'),
  nothingNew: () =>
    new PackageError(
      'nothing-new',
      'Gói này không có gì mới: máy này đã có mọi thay đổi trong gói (có thể là gói cũ hơn gói đã nhận). Không có gì thay đổi.',
      'every change already held',
    ),
} as const;
