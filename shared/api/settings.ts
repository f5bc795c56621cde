/** Team settings and the editable taxonomies. */
import { z } from '../zod.js';
import { method, none } from './method.js';

export interface Settings {
  autoLockMinutes: number;
}

export interface ProblemArea {
  id: string;
  nl: string;
  en: string;
  active: boolean;
}

export const settingsApi = {
  'settings.get': method<Settings>()({ input: none, access: 'session', audit: null }),
  'settings.update': method<Settings>()({
    input: z.object({ autoLockMinutes: z.number().int().min(1).max(120) }).strict(),
    access: 'settings.manage',
    audit: { action: 'settings.update' },
  }),
  'taxonomy.problemAreas': method<ProblemArea[]>()({ input: none, access: 'session', audit: null }),
  'taxonomy.saveProblemArea': method<ProblemArea>()({
    input: z
      .object({
        id: z.string().trim().regex(/^[a-z0-9_]{2,60}$/, { error: 'v.invalid_format' }),
        nl: z.string().trim().min(1).max(100),
        en: z.string().trim().min(1).max(100),
        active: z.boolean(),
      })
      .strict(),
    access: 'taxonomy.manage',
    audit: { action: 'taxonomy.update' },
  }),
};
