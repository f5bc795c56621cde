/** Team settings and the editable taxonomies. */
import { read, type HandlerGroup } from '../../dispatch/types.js';
import { listProblemAreas, saveProblemArea } from './problem-areas.sql.js';
import { putSetting } from './settings.sql.js';

type SettingsMethods = 'settings.get' | 'settings.update' | 'taxonomy.problemAreas' | 'taxonomy.saveProblemArea';

export const settingsHandlers: HandlerGroup<SettingsMethods> = {
  'settings.get': read(({ vault }) => ({ autoLockMinutes: vault.autoLockMinutes() })),

  'settings.update': ({ db, vault }, { autoLockMinutes }) => {
    putSetting(db, 'auto_lock_minutes', autoLockMinutes);
    return { autoLockMinutes: vault.autoLockMinutes() };
  },

  'taxonomy.problemAreas': read(({ db }) => listProblemAreas(db)),

  'taxonomy.saveProblemArea': ({ db }, area) => {
    saveProblemArea(db, area);
    return area;
  },
};
