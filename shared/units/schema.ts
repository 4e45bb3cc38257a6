import { z } from 'zod';

export const unitCategories = ['party', 'government', 'front', 'security', 'branch', 'superior', 'other'] as const;
export type UnitCategory = (typeof unitCategories)[number];
export const unitCategoryLabels: Record<UnitCategory, string> = {
  party: 'Cơ quan Đảng',
  government: 'Chính quyền',
  front: 'Mặt trận, đoàn thể',
  security: 'Quốc phòng, an ninh',
  branch: 'Chi bộ, đảng bộ trực thuộc',
  superior: 'Cấp trên',
  other: 'Khác',
};

export const unitInputSchema = z.object({
  shortName: z.string().trim().min(1, 'Nhập tên viết tắt').max(200),
  fullName: z.string().trim().min(1, 'Nhập tên đầy đủ').max(500),
  category: z.enum(unitCategories).default('other'),
  aliases: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  /** Superiors get "(để báo cáo)" when chosen as recipients. */
  isSuperior: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type UnitInput = z.infer<typeof unitInputSchema>;

export const unitSchema = unitInputSchema.extend({
  id: z.string(),
  sortOrder: z.number().int(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof unitSchema>;
