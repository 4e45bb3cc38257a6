import { z } from 'zod';

let configured = false;
/** Zod's own messages in Vietnamese, for fields whose schema gives no message of its own. */
export function useVietnameseZodMessages(): void {
  if (configured) return;
  z.config(z.locales.vi());
  configured = true;
}
