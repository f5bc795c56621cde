/** The signed-in user, available to every screen once the vault is unlocked. */
import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../shared/api/index';
import type { LockReason } from './chrome';
import { can, type Permission } from '../../shared/domain/roles';

export interface SessionContextValue {
  session: SessionInfo;
  /**
   * Lock now: closes the vault, clears every cached read, shows the unlock screen. 'user' (default)
   * first asks about unsaved changes; 'idle' keeps them as drafts without asking.
   */
  lock(reason?: LockReason): Promise<void>;
  /** Re-read the signed-in user (after their own roles changed). */
  refresh(): Promise<void>;
  /** Whether the user's roles hold a permission (the backend checks again). */
  can(permission: Permission): boolean;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside an unlocked vault');
  return v;
}

export const makeCan = (session: SessionInfo) => (p: Permission) => can(session.roles, p);
