/**
 * "Xem trước" shows the conclusion as the A4 pages it prints on: page breaks, the page number
 * from page 2, and as many pages as LibreOffice makes of the exported DOCX (within one). Five
 * varied documents: short, long (7+ pages), a long recipient list, many short headings, and our
 * own 62-TB/ĐU. The LibreOffice comparison runs where LibreOffice and poppler are installed
 * (.ci/run installs them) and says in one line that it was skipped elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConclusionContent } from '../../shared/conclusions/schema';
import type { OutlineBlock, OutlineBlockKind } from '../../shared/document/outline';
import { fixtureText, KIEN_MINH_FILE } from '../support/corpus';
import { outlineFromText } from '../support/outline-from-text';
import { convertToPdf, renderTools } from '../support/render-pages';
import { closeBrowser, startApp, type E2eApp } from './support/app';
import { SHOTS } from './support/app-session';
import { openPreview } from './support/conclusions-page';
import { call, completeFirstRun } from './support/pages';

const tools = renderTools();
if (!tools) console.log('paged-preview: LibreOffice comparison skipped, LibreOffice or pdftotext not installed (apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation)');

const profile = {
  superiorCommittee: 'ĐẢNG BỘ TỈNH BÀ RỊA – VŨNG TÀU',
  committee: 'ĐẢNG ỦY XÃ NGUYỄN LƯƠNG BẰNG',
  place: 'Nguyễn Lương Bằng',
  signers: [{ name: 'Nguyễn Thị Phương Thảo', title: 'Bí thư' }],
};

function blocks(rows: ReadonlyArray<readonly [OutlineBlockKind, string]>): OutlineBlock[] {
  return rows.map(([kind, text], i) => ({ id: `p${i + 1}`, kind, runs: [{ text }] }));
}

const units = ['Ủy ban nhân dân xã', 'Ban Xây dựng Đảng', 'Ủy ban Kiểm tra Đảng ủy', 'Văn phòng Đảng ủy', 'Ủy ban MTTQ Việt Nam xã', 'Công an xã', 'Ban Chỉ huy Quân sự xã', 'Đoàn Thanh niên xã'];
const topics = [
  'rà soát, hoàn thiện hồ sơ quản lý đất đai, trật tự xây dựng trên địa bàn các thôn',
  'đẩy mạnh chuyển đổi số, thực hiện Đề án 06 và dịch vụ công trực tuyến toàn trình',
  'chuẩn bị phương án phòng, chống thiên tai, tìm kiếm cứu nạn trong mùa mưa bão',
  'tổ chức sinh hoạt chi bộ chuyên đề, nâng cao chất lượng đảng viên',
];

/** A unit heading with its task in one numbered paragraph, three to six printed lines. */
function unitTask(i: number): string {
  const unit = units[i % units.length]!;
  const tail = ' Phân công cụ thể cán bộ phụ trách, thời gian hoàn thành; định kỳ báo cáo kết quả về Văn phòng Đảng ủy để tổng hợp, theo dõi, đôn đốc.';
  return `${unit}: Chủ trì, phối hợp với các cơ quan liên quan ${topics[i % topics.length]!}; kịp thời đề xuất tháo gỡ khó khăn, vướng mắc phát sinh từ cơ sở.${i % 3 === 0 ? tail : ''}`;
}

const longOutline = blocks([
  ['heading1', 'Đánh giá kết quả thực hiện nhiệm vụ năm 2026'],
  ...Array.from({ length: 6 }, (_, i): [OutlineBlockKind, string] => [
    'paragraph',
    `Về lĩnh vực thứ ${i + 1}, các cơ quan, đơn vị đã bám sát chương trình công tác, triển khai đồng bộ các giải pháp; ${topics[i % topics.length]!} đạt kết quả tích cực. Tuy nhiên, một số nhiệm vụ còn chậm so với kế hoạch, việc phối hợp giữa các cơ quan có lúc chưa chặt chẽ, công tác kiểm tra, giám sát chưa thường xuyên.`,
  ]),
  ['heading1', 'Nhiệm vụ trọng tâm năm 2027'],
  ...Array.from({ length: 60 }, (_, i): [OutlineBlockKind, string] => [i % 5 === 4 ? 'bullet' : 'heading2', unitTask(i)]),
  ['heading1', 'Tổ chức thực hiện'],
  ['paragraph', 'Giao Văn phòng Đảng ủy chủ trì theo dõi, đôn đốc việc thực hiện Kết luận này; tổng hợp, báo cáo Ban Thường vụ Đảng ủy theo quy định.'],
]);

const manyHeadings = blocks(
  Array.from({ length: 14 }, (_, i): Array<[OutlineBlockKind, string]> => [
    ['heading1', `Lĩnh vực ${i + 1}`],
    ['heading2', `Nhiệm vụ chung của lĩnh vực ${i + 1}`],
    ['bullet', `${units[i % units.length]!} rà soát, báo cáo kết quả thực hiện trước ngày 30/${(i % 9) + 3}/2027.`],
    ['bullet', 'Các chi bộ trực thuộc quán triệt, triển khai đến từng đảng viên.'],
  ]).flat(),
);

interface Sample {
  name: string;
  content: Partial<ConclusionContent>;
  issue: boolean;
}

const recipients = (n: number): ConclusionContent['recipients'] =>
  Array.from({ length: n }, (_, i) => ({
    unitId: null,
    text: i === 0 ? 'Thường trực Tỉnh ủy' : `Chi bộ thôn ${['Bắc', 'Nam', 'Đông', 'Tây', 'Trung', 'Hòa Bình', 'Tân Lập'][i % 7]} ${i}`,
    forReport: i === 0,
  }));

const samples: Sample[] = [
  {
    name: 'ngan',
    issue: false,
    content: {
      summary: 'về công tác tiếp dân tháng 3 năm 2027',
      outline: blocks([
        ['paragraph', 'Giao Ủy ban nhân dân xã bố trí lịch tiếp công dân định kỳ, công khai tại trụ sở.'],
        ['paragraph', 'Văn phòng Đảng ủy theo dõi, tổng hợp.'],
      ]),
    },
  },
  { name: 'dai', issue: true, content: { summary: 'về kết quả thực hiện nhiệm vụ năm 2026,\nphương hướng, nhiệm vụ năm 2027', outline: longOutline } },
  {
    name: 'nhieu-noi-nhan',
    issue: true,
    content: { summary: 'về công tác chuẩn bị Đại hội chi bộ nhiệm kỳ 2027 – 2030', outline: longOutline.slice(0, 12), recipients: recipients(24) },
  },
  { name: 'nhieu-de-muc', issue: true, content: { summary: 'về chương trình công tác năm 2027', outline: manyHeadings } },
  { name: 'kien-minh-62', issue: true, content: { summary: 'về kết quả thực hiện nhiệm vụ tháng 4', outline: outlineFromText(fixtureText(KIEN_MINH_FILE)) } },
];

describe('paged preview: the pages as they print', () => {
  let app: E2eApp;
  const previewPages = new Map<string, number>();
  const docx = new Map<string, string>();

  beforeAll(async () => {
    app = await startApp();
    mkdirSync(SHOTS, { recursive: true });
    await completeFirstRun(app.page, profile);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await closeBrowser();
  });

  it.each(samples.map((s) => [s.name, s] as const))('%s: shows A4 pages with page numbers from page 2', async (name, sample) => {
    const { page } = app;
    const draft = await call(app, 'conclusions.create', { kind: 'TB', meetingId: null, body: 'standingCommittee', templateKey: 'blank' });
    await call(app, 'conclusions.update', {
      id: draft.id,
      content: {
        ...draft,
        preamble: 'Ngày 05/11/2026, Ban Thường vụ Đảng ủy xã tổ chức hội nghị. Sau khi nghe Văn phòng Đảng ủy báo cáo, thảo luận dân chủ, Ban Thường vụ Đảng ủy thống nhất kết luận như sau:',
        recipients: recipients(4),
        ...sample.content,
      },
    });
    if (sample.issue) await call(app, 'conclusions.issue', { id: draft.id, issueDate: '2026-11-08' });

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${app.server.url}#/conclusions/${draft.id}`);
    const preview = await openPreview(page);
    const sheets = preview.getByTestId('preview-page');
    const count = Number(await preview.getAttribute('data-page-count'));
    expect(await sheets.count()).toBe(count);
    await page.getByText(`Khổ A4, ${count} trang khi in`).waitFor();
    // No number on page 1; 2, 3 … centred at the top of the others.
    expect(await sheets.first().getByLabel(/^Số trang/).count()).toBe(0);
    for (let i = 1; i < count; i += 1) expect(await sheets.nth(i).getByLabel(`Số trang ${i + 1}`).innerText()).toBe(String(i + 1));
    // Every sheet is A4 (297 mm at 96 px to the inch), none grows past it.
    const heights = await sheets.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    for (const h of heights) expect(Math.abs(h - (297 / 25.4) * 96)).toBeLessThan(2);
    if (name === 'dai') expect(count).toBeGreaterThanOrEqual(7);
    if (name === 'ngan') expect(count).toBe(1);
    previewPages.set(name, count);
    await page.screenshot({ path: `${SHOTS}paged-preview-${name}.png`, fullPage: true });

    const exported = await call(app, 'export.conclusionDocx', { id: draft.id });
    docx.set(name, exported.path!);
  }, 120_000);

  it.skipIf(!tools)('counts the same pages as LibreOffice does for the exported DOCX, within one', () => {
    const dir = join(app.dir, 'pdf');
    mkdirSync(dir, { recursive: true });
    const names = [...docx.keys()];
    const pdfs = convertToPdf(tools!.office, names.map((n) => docx.get(n)!), dir);
    const compared = names.map((name, i) => {
      const info = execFileSync('pdfinfo', [pdfs[i]!], { encoding: 'utf8' });
      // The printed pages beside the preview's screenshot, to look at.
      execFileSync('pdftoppm', ['-r', '40', '-png', pdfs[i]!, `${SHOTS}paged-pdf-${name}`]);
      return { name, preview: previewPages.get(name), libreOffice: Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]) };
    });
    console.log(`paged-preview: ${compared.map((c) => `${c.name} ${c.preview}/${c.libreOffice}`).join(', ')} (preview/LibreOffice)`);
    for (const c of compared) expect(Math.abs((c.preview ?? 0) - c.libreOffice), c.name).toBeLessThanOrEqual(1);
  }, 300_000);
});
