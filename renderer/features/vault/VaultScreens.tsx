/** Placeholder: replaced by the vault screens (create, unlock, recover). */
import type { SessionInfo } from '../../../shared/api/types';

export function VaultScreens(_props: { onUnlocked(session: SessionInfo): void }) {
  return null;
}
