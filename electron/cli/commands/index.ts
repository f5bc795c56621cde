/** Every CLI command, in the order the help lists them. A new command adds its file and one line here. */
import type { Command } from '../util.js';
import { backupCommand } from './backup.js';
import { backupsCommand } from './backups.js';
import { callCommand } from './call.js';
import { demoDataCommand } from './demo-data.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { letterCommand } from './letter.js';
import { methodsCommand } from './methods.js';
import { rekeyCommand } from './rekey.js';
import { reportCommand } from './report.js';
import { restoreCommand } from './restore.js';
import { verifyCommand } from './verify.js';

export const COMMANDS: readonly Command[] = [
  initCommand,
  verifyCommand,
  backupCommand,
  backupsCommand,
  restoreCommand,
  rekeyCommand,
  demoDataCommand,
  letterCommand,
  importCommand,
  reportCommand,
  methodsCommand,
  callCommand,
];
