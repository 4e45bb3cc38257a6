import { AppError } from '../../shared/api/errors';
import { UsageError, type CliIo } from './cli-context';
import { initCommand } from './commands/init';
import { backupCommand, checkCommand, restoreCommand } from './commands/data';
import { profileCommand } from './commands/profile';
import { exportDocxCommand } from './commands/export-docx';
import { importCommand } from './commands/import';
import { followupCommand, progressCommand, tasksCommand } from './commands/tasks';
import { conclusionCommand, conclusionsCommand, meetingsCommand, searchCommand } from './commands/conclusions';
import { conflictsCommand, identityCommand, packageCommand, trustCommand } from './commands/exchange';

type Command = (args: string[], io: CliIo) => Promise<void>;

const commands: Record<string, Command> = {
  init: initCommand,
  profile: profileCommand,
  conclusion: conclusionCommand,
  conclusions: conclusionsCommand,
  meetings: meetingsCommand,
  search: searchCommand,
  'export-docx': exportDocxCommand,
  tasks: tasksCommand,
  progress: progressCommand,
  followup: followupCommand,
  import: importCommand,
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
  package: packageCommand,
  trust: trustCommand,
  conflicts: conflictsCommand,
  identity: identityCommand,
};

export const HELP = `Văn phòng Đảng ủy — dòng lệnh
  init --db FILE                     tạo/nâng cấp tệp dữ liệu
  profile --db FILE [--json]         xem thông tin cơ quan
  profile --db FILE --set FILE.json  lưu thông tin cơ quan
  conclusion new --db FILE --kind TB|KL --title TEXT [--meeting ID] [--template KEY]
                                     tạo dự thảo kết luận, in ra mã
  conclusion issue --db FILE ID [--date YYYY-MM-DD] [--yes] [--not-desk]
                                     ban hành (cấp số), in ra số ký hiệu
                                     --yes: ngày sớm hơn số đã cấp là đúng
                                     --not-desk: vẫn cấp số ở máy không phải máy cấp số
  conclusions --db FILE [--json]     danh sách kết luận
  meetings --db FILE [--json]        danh sách hội nghị
  search --db FILE QUERY [--json]    tìm kiếm (không phân biệt dấu, hoa thường)
  export-docx --db FILE --conclusion ID --out FILE.docx
  export-docx --db FILE --minutes MEETING_ID --out FILE.docx
                                     xuất văn bản DOCX đúng thể thức
  tasks --db FILE [--json] [--unit NAME] [--overdue] [--conclusion ID]
                                     danh sách nhiệm vụ
  progress --db FILE TASK_ID --status STATUS --note TEXT [--date D] [--evidence FILE]
                                     ghi tiến độ (STATUS: chua-thuc-hien, dang-thuc-hien,
                                     hoan-thanh, hoan-thanh-qua-han, chuyen-ky-sau)
  followup --db FILE --out FILE.xlsx|FILE.docx [--from D --to D] [--unit NAME] [--conclusion ID]
                                     bảng theo dõi thực hiện kết luận
  followup --db FILE --report --from D --to D --out FILE.docx
                                     báo cáo kết quả thực hiện trong kỳ
  import FILE --json                 nhận dạng kết luận (.txt, .docx), in JSON, không lưu
  import FILE --db FILE              nhập và lưu (nhận mọi nhiệm vụ đề xuất)
  import --dir FOLDER --db FILE      nhập cả thư mục
      [--correct]                    số đã có trong sổ: tệp này là văn bản của mục đó (thay liên kết)
      [--confirm-jump]               xác nhận số cao bất thường so với sổ là đúng
  backup --db FILE --to DIR          sao lưu (bản sao được kiểm tra toàn vẹn)
  restore --db FILE BACKUP           khôi phục từ bản sao lưu (dữ liệu hiện tại được sao lưu trước;
                                     tệp hỏng được giữ lại dưới tên khác)
  check --db FILE                    kiểm tra toàn vẹn dữ liệu (mã thoát 1 nếu hỏng)
  package export --db FILE --to FILE.vpdu [--for INSTALL_ID] [--all | --unit UNIT_ID] [--passphrase TEXT]
                                     tạo gói dữ liệu (USB): cho một máy đã tin cậy, hoặc tất cả dữ liệu
  package import --db FILE GOI.vpdu [--yes] [--passphrase TEXT]
                                     xem trước gói (không thay đổi gì); --yes để nhận
  package history --db FILE [--json] lịch sử gói đã tạo và đã nhận
  identity --db FILE [--json]        mã máy, tên máy và dấu vân tay khóa
  identity --db FILE --rename TÊN    đổi tên máy này (ví dụ "VPĐU Kiến Minh — máy Chánh VP")
  trust --db FILE FINGERPRINT        tin cậy máy gửi sau khi đối chiếu dấu vân tay
  conflicts --db FILE [--json] [--all]
                                     xung đột dữ liệu sau khi nhận gói`;

/** Runs one command; returns the process exit code (0 ok, 1 failed, 2 usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    io.out(HELP);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Lệnh không có: ${name}\n${HELP}`);
    return 2;
  }
  try {
    await command(rest, io);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n${HELP}`);
      return 2;
    }
    if (err instanceof AppError) {
      io.err(`Lỗi: ${err.userMessage}`);
      return 1;
    }
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(err as Error).message}\n${HELP}`);
      return 2;
    }
    io.err(`Lỗi không mong muốn: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
