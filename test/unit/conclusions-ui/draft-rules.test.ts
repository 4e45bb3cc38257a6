/** The values a draft edit carries along by rule (renderer/conclusions/draft-rules.ts). */
import { describe, expect, it } from 'vitest';
import type { ConclusionContent } from '../../../shared/conclusions/schema';
import type { Unit } from '../../../shared/units/schema';
import {
  changeBody,
  changeKind,
  chooseSigner,
  orderRecipients,
  savableContent,
  setUnitRecipients,
} from '../../../renderer/conclusions/draft-rules';

const base: ConclusionContent = {
  kind: 'TB',
  body: 'standingCommittee',
  meetingId: null,
  templateKey: null,
  subtitle: 'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
  summary: 'về đánh giá kết quả thực hiện nhiệm vụ tháng 04',
  preamble: '',
  outline: [],
  recipients: [],
  signature: { authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', signerName: 'Vũ Bình Dương', signerId: 's1' },
  urgency: null,
  secrecy: null,
};

function unit(id: string, shortName: string, isSuperior = false, sortOrder = 0): Unit {
  return { id, shortName, fullName: shortName, category: isSuperior ? 'superior' : 'other', aliases: [], isSuperior, active: true, sortOrder, updatedAt: '' };
}

const units = [unit('tt', 'Thường trực Đảng ủy'), unit('ub', 'UBND xã'), unit('ttu', 'Thường trực Thành ủy', true)];

describe('draft rules', () => {
  it('a kind change moves a subtitle that followed the rule, and keeps a typed one', () => {
    expect(changeKind(base, 'KL').subtitle).toBeNull();
    expect(changeKind(changeKind(base, 'KL'), 'TB').subtitle).toBe('KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY');
    expect(changeKind({ ...base, subtitle: 'KẾT LUẬN HỘI NGHỊ GIAO BAN' }, 'KL').subtitle).toBe('KẾT LUẬN HỘI NGHỊ GIAO BAN');
  });

  it('a body change moves the subtitle and the T/M body that followed the rule', () => {
    const next = changeBody(base, 'executiveCommittee');
    expect(next.subtitle).toBe('KẾT LUẬN CỦA BAN CHẤP HÀNH ĐẢNG BỘ');
    expect(next.signature.onBehalfOf).toBe('BAN CHẤP HÀNH');
    const office = { ...base, signature: { ...base.signature, authority: 'T/L' as const } };
    expect(changeBody(office, 'executiveCommittee').signature.onBehalfOf).toBe('BAN THƯỜNG VỤ');
  });

  it('choosing the Chánh Văn phòng proposes T/L BAN THƯỜNG VỤ, as the corpus signs', () => {
    expect(chooseSigner(base, { id: 's2', name: 'Đỗ Đức Úy', title: 'Chánh Văn phòng' }).signature).toEqual({
      authority: 'T/L',
      onBehalfOf: 'BAN THƯỜNG VỤ',
      title: 'CHÁNH VĂN PHÒNG',
      signerName: 'Đỗ Đức Úy',
      signerId: 's2',
    });
  });

  it('picked units become recipients, superiors first and "để báo cáo"; free lines stay', () => {
    const free = { unitId: null, text: 'Đ/c Bùi Văn Thăng, UVBTVTU', forReport: true };
    const list = setUnitRecipients([free], ['ub', 'ttu', 'tt'], units);
    expect(list.map((r) => [r.text, r.forReport])).toEqual([
      ['Thường trực Thành ủy', true],
      ['Đ/c Bùi Văn Thăng, UVBTVTU', true],
      ['Thường trực Đảng ủy', false],
      ['UBND xã', false],
    ]);
    expect(setUnitRecipients(list, ['tt'], units).map((r) => r.text)).toEqual(['Đ/c Bùi Văn Thăng, UVBTVTU', 'Thường trực Đảng ủy']);
    expect(orderRecipients(list, units)).toEqual(list);
  });

  it('does not send a free line still empty', () => {
    const content = { ...base, recipients: [{ unitId: null, text: '  ', forReport: false }, { unitId: 'tt', text: 'Thường trực Đảng ủy', forReport: false }] };
    expect(savableContent(content).recipients).toEqual([{ unitId: 'tt', text: 'Thường trực Đảng ủy', forReport: false }]);
  });
});
