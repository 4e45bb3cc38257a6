/**
 * How a conclusion is drafted from its meeting, as the corpus writes it: the subtitle for
 * the body, the preamble sentence, and who signs with which authority.
 */
import type { Meeting, MeetingBody } from '../meetings/schema';
import type { Signer } from '../profile/schema';
import { formatPartyDate, formatShortDate, parseIsoDate } from '../text/party-date';
import type { ConclusionKind, Signature } from './schema';

/** "Ban Thường vụ Đảng ủy xã" as the body is named inside sentences. */
export const bodyInSentence: Record<MeetingBody, string> = {
  executiveCommittee: 'Ban Chấp hành Đảng bộ xã',
  standingCommittee: 'Ban Thường vụ Đảng ủy xã',
  permanentBoard: 'Thường trực Đảng ủy xã',
  partyOrganization: 'Đảng bộ xã',
};

/** Body named as the one concluding ("Ban Thường vụ Đảng ủy thống nhất kết luận"). */
const bodyConcluding: Record<MeetingBody, string> = {
  executiveCommittee: 'Ban Chấp hành Đảng bộ',
  standingCommittee: 'Ban Thường vụ Đảng ủy',
  permanentBoard: 'Thường trực Đảng ủy',
  partyOrganization: 'Hội nghị',
};

/** Second title line of a Thông báo kết luận. */
export function defaultSubtitle(kind: ConclusionKind, body: MeetingBody): string | null {
  if (kind === 'KL') return null;
  switch (body) {
    case 'executiveCommittee':
      return 'KẾT LUẬN CỦA BAN CHẤP HÀNH ĐẢNG BỘ';
    case 'standingCommittee':
      return 'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY';
    case 'permanentBoard':
      return 'KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY';
    case 'partyOrganization':
      return 'KẾT LUẬN CỦA HỘI NGHỊ ĐẢNG BỘ';
  }
}

/** The body printed after T/M: "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "ĐẢNG ỦY". */
export const onBehalfOfBody: Record<MeetingBody, string> = {
  executiveCommittee: 'BAN CHẤP HÀNH',
  standingCommittee: 'BAN THƯỜNG VỤ',
  permanentBoard: 'ĐẢNG ỦY',
  partyOrganization: 'ĐẢNG ỦY',
};

function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/**
 * The signature by rule. Collective bodies sign T/M (on behalf of) — the Bí thư or a Phó Bí
 * thư, who still writes T/M, never K/T. The office signs T/L (by order) of the Ban Thường vụ:
 * "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG", as two of the corpus conclusions do.
 */
export function signatureFor(body: MeetingBody, signer: Pick<Signer, 'id' | 'name' | 'title'> | null): Signature {
  if (!signer) {
    return { authority: 'T/M', onBehalfOf: onBehalfOfBody[body], title: 'BÍ THƯ', signerName: '', signerId: null };
  }
  const title = upper(signer.title);
  const isOffice = /VĂN PHÒNG/.test(title);
  if (isOffice) {
    return { authority: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ', title, signerName: signer.name, signerId: signer.id };
  }
  return { authority: 'T/M', onBehalfOf: onBehalfOfBody[body], title, signerName: signer.name, signerId: signer.id };
}

/** Which signer a new conclusion proposes: the Bí thư for collective bodies. */
export function defaultSigner(signers: readonly Signer[]): Signer | null {
  return (
    signers.find((s) => /^bí thư$/i.test(s.title.trim())) ??
    signers.find((s) => /bí thư/i.test(s.title)) ??
    signers[0] ??
    null
  );
}

function sentenceDate(iso: string): string {
  const text = formatPartyDate(iso);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function personPhrase(p: { name: string; title: string } | null): string {
  if (!p || !p.name.trim()) return '';
  return p.title.trim() ? `${p.name.trim()} - ${p.title.trim()}` : p.name.trim();
}

function presentedPhrase(meeting: Meeting): string {
  const docs = meeting.presentedDocuments.filter((d) => d.numberSymbol.trim() || d.title.trim());
  if (docs.length === 0) return 'báo cáo';
  const names: Record<string, string> = { TTr: 'Tờ trình', BC: 'Báo cáo', KH: 'Kế hoạch', CTr: 'Chương trình', ĐA: 'Đề án' };
  return docs
    .map((d) => {
      const kind = names[d.kind] ?? (d.kind || 'Văn bản');
      // The document date rule (zero before days < 10 and months 1–2): "ngày 05/5/2026".
      const date = d.date && parseIsoDate(d.date) ? ` ngày ${formatShortDate(d.date)}` : '';
      const number = d.numberSymbol.trim() ? ` số ${d.numberSymbol.trim()}` : '';
      const title = d.title.trim() ? ` ${d.title.trim()}` : '';
      return `${kind}${number}${date}${title}`;
    })
    .join('; ');
}

/** The opening paragraphs generated from the meeting; the user edits them freely. */
export function buildPreamble(meeting: Meeting): string {
  const body = bodyInSentence[meeting.body];
  const what = meeting.kind === 'session' ? 'kỳ họp' : meeting.kind === 'briefing' ? 'cuộc họp' : 'hội nghị';
  const ordinal = meeting.sequenceNumber ? (meeting.kind === 'session' ? ` thứ ${meeting.sequenceNumber}` : ` lần thứ ${meeting.sequenceNumber}`) : '';
  const subject = meeting.subject.trim() ? ` ${meeting.subject.trim()}` : '';
  const lines: string[] = [];
  let first = `${sentenceDate(meeting.date)}, ${body} tổ chức ${what}${ordinal}${subject}.`;
  const chair = personPhrase(meeting.chair);
  if (chair) first += ` Đồng chí ${chair} chủ trì ${what}.`;
  if (meeting.invitedDelegates.length > 0) {
    first += ` Dự ${what} có ${meeting.invitedDelegates.map((d) => `đồng chí ${personPhrase(d)}`).join('; ')}.`;
  }
  if (meeting.attendanceSummary.trim()) {
    const att = meeting.attendanceSummary.trim().replace(/[.;]$/, '');
    first += ` ${/^tham dự/i.test(att) ? att : `Tham dự có ${att}`}.`;
  }
  lines.push(first);
  lines.push(
    `Sau khi nghe ${presentedPhrase(meeting)}, thảo luận dân chủ, ${bodyConcluding[meeting.body]} thống nhất kết luận như sau:`,
  );
  return lines.join('\n');
}
