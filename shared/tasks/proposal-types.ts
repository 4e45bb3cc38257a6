/**
 * Tasks proposed automatically from a conclusion's outline (tasks issue) and from an
 * imported document (import issue). The same rules serve both.
 */
export interface TaskProposal {
  /** The task text (a bullet, a paragraph, or a "Giao …" sentence). */
  content: string;
  /** Unit ids from the directory; empty when no unit could be matched. */
  leadUnitIds: string[];
  supportingUnitIds: string[];
  /** Unit names as written in the text, for units not in the directory (and for display). */
  leadUnitNames: string[];
  supportingUnitNames: string[];
  /** ISO date or null when no deadline phrase was found. */
  dueDate: string | null;
  /** The deadline phrase as written ("trước ngày 15/6"), for the review screen. */
  dueDatePhrase: string | null;
  /** Id of the outline block the task was taken from. */
  sourceBlockId: string;
  /** Label of the section heading it sits under ("3.1."), or null. */
  sourceSection: string | null;
  /** Recurrence read from the text ("hằng tháng"), or null. */
  recurrence: 'monthly' | 'quarterly' | 'yearly' | null;
  /**
   * Where the lead units came from, so the review screen can say why: the unit heading the
   * block sits under, its own "Giao …"/"… chịu trách nhiệm" sentence, a unit opening its
   * sentence ("Tám là, Ủy ban MTTQ xã …"), an introducing "…sau:" line, or a "Giao … thực
   * hiện các nhiệm vụ trên" sentence after it. Optional: older producers leave it out.
   */
  leadSource?: TaskLeadSource;
}

export type TaskLeadSource = 'heading' | 'assignment' | 'subject' | 'intro' | 'followingAssignment' | 'none';
