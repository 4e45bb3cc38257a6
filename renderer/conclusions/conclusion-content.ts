/** The editable part of a stored conclusion (what `conclusions.update` takes back). */
import type { Conclusion, ConclusionContent } from '../../shared/conclusions/schema';

export function contentOfConclusion(c: Conclusion): ConclusionContent {
  return {
    kind: c.kind,
    body: c.body,
    meetingId: c.meetingId,
    templateKey: c.templateKey,
    subtitle: c.subtitle,
    summary: c.summary,
    preamble: c.preamble,
    outline: c.outline,
    recipients: c.recipients,
    signature: c.signature,
    urgency: c.urgency,
    secrecy: c.secrecy,
  };
}
