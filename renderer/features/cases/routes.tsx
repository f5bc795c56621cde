/** The cases feature in the shell: /cases/* (list, new referral, case file) and its navigation entry. */
import { IconFolders } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy';

const CaseRoutes = lazyPage(() => import('./CaseRoutes'), 'CaseRoutes');

export const casesFeature: Feature = {
  id: 'cases',
  routes: [{ path: '/cases/*', element: <CaseRoutes /> }],
  // Everyone signed in gets the link (the list itself asks for 'case.read').
  nav: { labelKey: 'common:nav.cases', icon: IconFolders, path: '/cases', permission: null, order: 10 },
};
