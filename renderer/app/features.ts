/** Every feature of the unlocked app. Adding a feature = one import line and one entry here. */
import { adviceFeature, myActionsFeature } from '../features/advice/routes';
import { casesFeature } from '../features/cases/routes';
import { lettersFeature } from '../features/letters/routes';
import { meetingsFeature } from '../features/meetings/routes';
import { reportsFeature } from '../features/reports/routes';
import { retentionFeature, retentionPolicyFeature } from '../features/retention/routes';
import { settingsFeature } from '../features/settings/routes';
import { vaultFeature } from '../features/vault/routes';
import type { Feature, NavEntry } from './feature';

export const FEATURES: readonly Feature[] = [vaultFeature, casesFeature, meetingsFeature, adviceFeature, myActionsFeature, reportsFeature, lettersFeature, retentionFeature, retentionPolicyFeature, settingsFeature];

/** The navigation entries of all features, in their order. */
export const NAV_ENTRIES: readonly NavEntry[] = FEATURES.flatMap((f) => (f.nav ? [f.nav] : [])).sort(
  (a, b) => a.order - b.order,
);

/** Where '/' and unknown paths lead. */
export const HOME_PATH = '/cases';
