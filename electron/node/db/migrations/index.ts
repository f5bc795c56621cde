/** Every migration, in order. Add a file per schema change; never edit a released one. */
import { m0001 } from './0001_foundation.js';
import { m0002 } from './0002_referral.js';
import { m0003 } from './0003_meetings.js';
import { m0004 } from './0004_vault_keys.js';
import { m0005 } from './0005_advice.js';
import { m0006 } from './0006_search.js';
import { m0007 } from './0007_drafts.js';
import { m0008 } from './0008_letters.js';
import { m0009 } from './0009_reports.js';
import { m0010 } from './0010_retention.js';
import { m0011 } from './0011_import.js';
import { m0012 } from './0012_no_problem_area.js';
import type { Migration } from './types.js';

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
