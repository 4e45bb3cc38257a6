import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids, unique across installs (required for exchange between offices). */
export function newId(): string {
  return uuidv7();
}
