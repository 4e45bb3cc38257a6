/** The genre check (is this a conclusion?) and the archive line of "Nơi nhận". */
import { describe, expect, it } from 'vitest';
import { archiveLineFor, reviewArchiveLine } from '../../../electron/import/archive-line';
import { parseConclusionText } from '../../../electron/import/parse-conclusion';
import { conferenceConclusion, sessionWithoutHeader } from './synthetic-documents';

describe('genre check', () => {
  it('takes a conclusion with or without its header for one', () => {
    expect(parseConclusionText(conferenceConclusion).genre).toMatchObject({ isConclusion: true, confidence: 'high' });
    expect(parseConclusionText(sessionWithoutHeader).genre.isConclusion).toBe(true);
  });

  it('refuses a numbered list, a letter and prose, naming what is missing', () => {
    const list = parseConclusionText('DANH SÁCH KHEN THƯỞNG\n\n1. Nguyễn Văn A: 200.000 đồng\n\n2. Trần Thị B: 150.000 đồng\n');
    expect(list.genre.isConclusion).toBe(false);
    expect(list.genre.otherGenre).toBe('Danh sách');
    const letter = parseConclusionText(
      'ĐẢNG ỦY XÃ AN BÌNH\n*\nSố 21-CV/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Bình, ngày 02 tháng 3 năm 2026\n\nV/v báo cáo số liệu đảng viên\n\nKính gửi: Các chi bộ trực thuộc.\n\nĐề nghị các chi bộ gửi số liệu trước ngày 10/3/2026.\n\nNơi nhận:\n- Như trên,\n- Lưu VPĐU.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nLê Văn Tâm\n',
    );
    expect(letter.genre).toMatchObject({ isConclusion: false, otherGenre: 'Công văn' });
    const prose = parseConclusionText('Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.\n\nBuổi chiều về nhà nấu cơm.\n');
    expect(prose.genre.isConclusion).toBe(false);
    expect(prose.genre.reasons).toContain('tên văn bản không có chữ “kết luận”');
  });

  it('does not take a "Kết luận" heading inside another document for a conclusion', () => {
    const report = parseConclusionText('BÁO CÁO\nkết quả công tác quý I\n\n1. Tình hình chung\n\nỔn định.\n\n2. Kết luận\n\nĐạt kế hoạch.\n');
    expect(report.genre).toMatchObject({ isConclusion: false, otherGenre: 'Báo cáo' });
  });
});

describe('archive line', () => {
  it('proposes the rule form for the forms offices type, and leaves the rule form alone', () => {
    const commune = 'ĐẢNG ỦY XÃ QUẢNG PHÚ';
    for (const typed of ['Lưu VT', 'Lưu: VPĐU', 'Lưu VT, VPĐU', 'Lưu VP ĐU', 'Lưu VP', 'lưu vpđu']) {
      expect(reviewArchiveLine(['Các chi bộ trực thuộc', typed], commune)).toEqual({ index: 1, typed, suggested: 'Lưu VPĐU' });
    }
    expect(reviewArchiveLine(['Các chi bộ trực thuộc', 'Lưu VPĐU'], commune)).toBeNull();
    expect(reviewArchiveLine(['Các chi bộ trực thuộc'], commune)).toBeNull();
    expect(reviewArchiveLine([], commune)).toBeNull();
  });

  it("names a higher level's own office", () => {
    expect(archiveLineFor('HUYỆN ỦY CAN LỘC')).toBe('Lưu Văn phòng Huyện ủy');
    expect(archiveLineFor('THÀNH ỦY BẢO LỘC')).toBe('Lưu Văn phòng Thành ủy');
    expect(archiveLineFor('TỈNH ỦY')).toBe('Lưu Văn phòng Tỉnh ủy');
    expect(archiveLineFor('ĐẢNG ỦY PHƯỜNG HẢI CHÂU')).toBe('Lưu VPĐU');
    expect(reviewArchiveLine(['Lưu VT'], 'TỈNH ỦY')?.suggested).toBe('Lưu Văn phòng Tỉnh ủy');
    expect(reviewArchiveLine(['Lưu Văn phòng Huyện ủy'], 'HUYỆN ỦY CAN LỘC')).toBeNull();
  });
});
