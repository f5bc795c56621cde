/**
 * The reports feature in the shell: /reports ("Rapportage", the period report as a dashboard)
 * and its navigation entry. The page and, in a chunk of their own, its charts load the first
 * time the route opens: nothing of it is in the first screen after unlocking.
 */
import { IconChartBar } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy';

const ReportsPage = lazyPage(() => import('./ReportsPage'), 'ReportsPage');

export const reportsFeature: Feature = {
  id: 'reports',
  routes: [{ path: '/reports', element: <ReportsPage /> }],
  nav: { labelKey: 'reports:nav', icon: IconChartBar, path: '/reports', permission: 'report.read', order: 40 },
};
