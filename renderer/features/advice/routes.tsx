/**
 * The advice feature in the shell: /followup ("Opvolging": overdue responses and
 * actions, reviews due) and /my-actions ("Mijn acties"), each with its navigation
 * entry. The advice of one case lives in the case file's "Advies" tab (AdviceTab)
 * and in the live meeting's Advies phase (MeetingAdvice).
 */
import { IconChecklist, IconProgressCheck } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy';

const FollowupPage = lazyPage(() => import('./FollowupPage'), 'FollowupPage');
const MyActionsPage = lazyPage(() => import('./MyActionsPage'), 'MyActionsPage');

export const adviceFeature: Feature = {
  id: 'advice',
  routes: [{ path: '/followup', element: <FollowupPage /> }],
  nav: { labelKey: 'advice:nav.followup', icon: IconProgressCheck, path: '/followup', permission: 'advice.read', order: 30 },
};

/** "Mijn acties": a second entry of the same feature (a Feature has one navigation entry). */
export const myActionsFeature: Feature = {
  id: 'advice',
  routes: [{ path: '/my-actions', element: <MyActionsPage /> }],
  nav: { labelKey: 'advice:nav.mine', icon: IconChecklist, path: '/my-actions', permission: 'advice.read', order: 31 },
};
