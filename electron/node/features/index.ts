/**
 * The full handler map: exactly one handler per contract method (checked by the
 * type). A new feature adds `features/<feature>/handlers.ts` and one line below.
 */
import type { Handlers } from '../dispatch/types.js';
import { adviceHandlers } from './advice/handlers.js';
import { auditHandlers } from './audit/handlers.js';
import { backupsHandlers } from './backups/handlers.js';
import { casesHandlers } from './cases/handlers.js';
import { draftsHandlers } from './drafts/handlers.js';
import { importHandlers } from './import/handlers.js';
import { lettersHandlers } from './letters/handlers.js';
import { retentionHandlers } from './retention/handlers.js';
import { meetingsHandlers } from './meetings/handlers.js';
import { reportsHandlers } from './reports/handlers.js';
import { settingsHandlers } from './settings/handlers.js';
import { usersHandlers } from './users/handlers.js';
import { vaultHandlers } from './vault/handlers.js';

export const handlers: Handlers = {
  ...vaultHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...casesHandlers,
  ...meetingsHandlers,
  ...adviceHandlers,
  ...draftsHandlers,
  ...lettersHandlers,
  ...importHandlers,
  ...retentionHandlers,
  ...reportsHandlers,
  ...backupsHandlers,
};
