/** The settings feature in the shell: /settings/<tab> and its navigation entry. */
import { IconSettings } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy';

const SettingsPage = lazyPage(() => import('./SettingsPage'), 'SettingsPage');

export const settingsFeature: Feature = {
  id: 'settings',
  routes: [{ path: '/settings/*', element: <SettingsPage /> }],
  // Every user has at least the own-account tab; the other tabs check their own permission.
  nav: { labelKey: 'common:nav.settings', icon: IconSettings, path: '/settings', permission: null, order: 90 },
};
