/**
 * The vault feature in the shell. Its screens (create, unlock, recover) are the
 * gate in App.tsx, shown before any route exists, so that nothing of a case is
 * mounted behind them; the lock button sits in the header. Inside the unlocked
 * shell it has no page yet: a vault page (e.g. backups) adds its route and
 * navigation entry here.
 */
import type { Feature } from '../../app/feature';

export const vaultFeature: Feature = {
  id: 'vault',
  routes: [],
};
