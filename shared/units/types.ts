/** A unit (đơn vị) that receives documents and is assigned tasks. */
export interface UnitRef {
  id: string;
  /** Short name as written in documents: "UBND xã", "UBKT Đảng ủy". */
  shortName: string;
  /** Full name: "Ủy ban nhân dân xã", "Ủy ban Kiểm tra Đảng ủy". */
  fullName: string;
  /** Other written forms that mean this unit ("Chính quyền xã", "UB MTTQ"). */
  aliases: string[];
}
