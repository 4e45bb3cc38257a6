/**
 * How one edit of a draft carries along the values that follow from it by rule: the subtitle
 * from the kind and the body, the signature from the signer, "(để báo cáo)" from a superior
 * unit. A value the person has typed themselves is left alone. Pure, so it is unit-tested.
 */
import { defaultSubtitle, onBehalfOfBody, signatureFor } from '../../shared/conclusions/drafting-rules';
import type { ConclusionContent, ConclusionKind, Recipient } from '../../shared/conclusions/schema';
import type { MeetingBody } from '../../shared/meetings/schema';
import type { Signer } from '../../shared/profile/schema';
import type { Unit } from '../../shared/units/schema';

export function changeKind(content: ConclusionContent, kind: ConclusionKind): ConclusionContent {
  const followsRule = (content.subtitle ?? null) === defaultSubtitle(content.kind, content.body);
  return { ...content, kind, subtitle: followsRule ? defaultSubtitle(kind, content.body) : content.subtitle };
}

export function changeBody(content: ConclusionContent, body: MeetingBody): ConclusionContent {
  const subtitleByRule = (content.subtitle ?? null) === defaultSubtitle(content.kind, content.body);
  const sig = content.signature;
  const onBehalfByRule = sig.authority === 'T/M' && sig.onBehalfOf === onBehalfOfBody[content.body];
  return {
    ...content,
    body,
    subtitle: subtitleByRule ? defaultSubtitle(content.kind, body) : content.subtitle,
    signature: onBehalfByRule ? { ...sig, onBehalfOf: onBehalfOfBody[body] } : sig,
  };
}

/** Choosing a signer proposes the whole signature by rule; every line stays editable after. */
export function chooseSigner(content: ConclusionContent, signer: Signer | null): ConclusionContent {
  return { ...content, signature: signatureFor(content.body, signer) };
}

export function unitRecipient(unit: Unit): Recipient {
  return { unitId: unit.id, text: unit.shortName, forReport: unit.isSuperior };
}

/**
 * The order a distribution list is printed in: those who receive it "để báo cáo" first, then
 * the others; within each, the units in directory order, then the free lines as typed.
 */
export function orderRecipients(recipients: readonly Recipient[], units: readonly Unit[]): Recipient[] {
  const rank = new Map(units.map((u, i) => [u.id, i] as const));
  const keyed = recipients.map((r, i) => {
    const unitRank = r.unitId !== null ? rank.get(r.unitId) : undefined;
    return { r, group: r.forReport ? 0 : 1, unit: unitRank === undefined ? 1 : 0, order: unitRank ?? i };
  });
  keyed.sort((a, b) => a.group - b.group || a.unit - b.unit || a.order - b.order);
  return keyed.map((k) => k.r);
}

/** A recipient chosen from the directory (its unit is known), as opposed to a free line. */
export function isUnitRecipient(r: Recipient, units: readonly Unit[]): boolean {
  return r.unitId !== null && units.some((u) => u.id === r.unitId);
}

/**
 * The units ticked in the picker become unit recipients: kept ones keep their line, new ones
 * take the unit's name and "để báo cáo" when the unit is a superior; free lines stay.
 */
export function setUnitRecipients(recipients: readonly Recipient[], unitIds: readonly string[], units: readonly Unit[]): Recipient[] {
  const wanted = new Set(unitIds);
  const kept = recipients.filter((r) => !isUnitRecipient(r, units) || wanted.has(r.unitId ?? ''));
  const present = new Set(kept.map((r) => r.unitId));
  const added = units.filter((u) => wanted.has(u.id) && !present.has(u.id)).map(unitRecipient);
  return orderRecipients([...kept, ...added], units);
}

/**
 * What is sent to the core: free lines still empty (just added, nothing typed yet) stay on
 * screen but are not stored, so an autosave never fails on a line the person is about to fill.
 */
export function savableContent(content: ConclusionContent): ConclusionContent {
  return { ...content, recipients: content.recipients.filter((r) => r.text.trim().length > 0) };
}
