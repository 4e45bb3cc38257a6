import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';
import { cli } from '../support/run-cli';

/** Decomposed (NFD) Vietnamese, as some PDFs and Mac files give it. */
const nfd = (s: string) => s.normalize('NFD');

describe('decomposed Vietnamese is composed once, at the contract', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.core.clock.setNow(new Date('2026-05-08T09:00:00'));
  });
  afterEach(() => h.close());

  it('the test strings really differ before composing', () => {
    expect(nfd('Chi bộ Thôn Đông')).not.toBe('Chi bộ Thôn Đông');
    expect(nfd('khóa I')).not.toBe('khóa I');
  });

  it('stores a decomposed profile and term name composed; the same term typed on Windows is that term', async () => {
    const saved = await h.call('profile.save', { ...sampleProfile, committee: nfd('ĐẢNG ỦY XÃ KIẾN MINH'), term: { ...sampleProfile.term, name: nfd('khóa I') } });
    expect(saved.committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    expect(saved.term.name).toBe('khóa I');
    const again = await h.call('profile.save', sampleProfile);
    expect(again.term.id).toBe(saved.term.id);
    expect(await h.call('register.terms', {})).toHaveLength(1);
  });

  it('a decomposed unit name is stored composed and is a duplicate of the composed one', async () => {
    const unit = await h.call('units.create', { shortName: nfd('Chi bộ Thôn Đông'), fullName: nfd('Chi bộ Thôn Đông Hải'), aliases: [nfd('Thôn Đông')] });
    expect(unit.shortName).toBe('Chi bộ Thôn Đông');
    expect(unit.fullName).toBe('Chi bộ Thôn Đông Hải');
    expect(unit.aliases).toEqual(['Thôn Đông']);
    const listed = (await h.call('units.list', {})).find((u) => u.id === unit.id);
    expect(listed?.shortName).toBe('Chi bộ Thôn Đông');
    const dup = await h.fail('units.create', { shortName: 'Chi bộ Thôn Đông', fullName: '', aliases: [] });
    expect(dup.code).toBe('VALIDATION');
  });

  it('a decomposed search query finds composed text and marks it composed', async () => {
    await h.call('profile.save', sampleProfile);
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: null, body: 'standingCommittee', templateKey: 'blank', summary: 'về xây dựng nông thôn mới kiểu mẫu' });
    const hits = await h.call('search.query', { q: nfd('nông thôn') });
    const hit = hits.find((x) => x.entityId === c.id);
    expect(hit).toBeDefined();
    const marked = hit!.titleParts.filter((p) => p.match).map((p) => p.text);
    expect(marked).toEqual(expect.arrayContaining(['nông', 'thôn']));
    expect(marked.every((t) => t === t.normalize('NFC'))).toBe(true);
  });

  it('a decomposed text document imports composed, and its Mac file name too', async () => {
    await h.call('profile.save', sampleProfile);
    const text = [
      'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
      'ĐẢNG ỦY XÃ KIẾN MINH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 41-TB/ĐU',
      'Kiến Minh, ngày 12 tháng 3 năm 2026',
      'THÔNG BÁO KẾT LUẬN',
      'của Ban Thường vụ Đảng ủy về công tác phòng chống thiên tai',
      'Ngày 10/3/2026, Ban Thường vụ Đảng ủy họp nghe báo cáo về công tác phòng chống thiên tai. Ban Thường vụ Đảng ủy kết luận như sau:',
      '1. Giao UBND xã rà soát các điểm xung yếu trên đê, hoàn thành trước ngày 30/4/2026.',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Vũ Bình Dương',
    ].join('\n');
    const path = join(h.dir, nfd('thông báo phòng chống thiên tai.txt'));
    writeFileSync(path, nfd(text), 'utf8');
    const preview = await h.call('import.previewFile', { file: h.readable(path) });
    expect(preview.source.fileName).toBe('thông báo phòng chống thiên tai.txt');
    expect(preview.source.text).toBe(preview.source.text.normalize('NFC'));
    expect(preview.committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    expect(preview.numberSymbol).toBe('41-TB/ĐU');
    // The same document typed composed is the same document.
    const composed = join(h.dir, 'composed.txt');
    writeFileSync(composed, text, 'utf8');
    expect((await h.call('import.previewFile', { file: h.readable(composed) })).source.hash).toBe(preview.source.hash);
  });

  it('the CLI composes what it is given: a decomposed profile file and search query', async () => {
    const profileFile = join(h.dir, 'profile.json');
    writeFileSync(profileFile, JSON.stringify({ ...sampleProfile, place: nfd('Kiến Minh') }), 'utf8');
    h.core.close();
    expect((await cli(['profile', '--db', h.dbPath, '--set', profileFile])).code).toBe(0);
    const shown = await cli(['profile', '--db', h.dbPath, '--json']);
    expect((JSON.parse(shown.out) as { place: string }).place).toBe('Kiến Minh');
    h.reopen();
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: null, body: 'standingCommittee', templateKey: 'blank', summary: 'về phòng cháy chữa cháy rừng' });
    h.core.close();
    const found = await cli(['search', '--db', h.dbPath, nfd('chữa cháy'), '--json']);
    expect(found.code).toBe(0);
    expect((JSON.parse(found.out) as Array<{ entityId: string }>).map((x) => x.entityId)).toContain(c.id);
    h.reopen();
  });
});
