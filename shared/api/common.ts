import { z } from 'zod';
import { parseIsoDate } from '../text/party-date';

/** "YYYY-MM-DD" that is a real calendar date (no 31/02). */
export const isoDateSchema = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, { message: 'Ngày không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-05-08)' });

export const idSchema = z.string().min(1).max(64);
