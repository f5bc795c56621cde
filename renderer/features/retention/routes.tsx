/**
 * Retention in the shell: /retention ("Te vernietigen", voorzitter) and /retention/policy
 * ("Bewaartermijnen", beheerder), each with its navigation entry. The data-subject export lives
 * on the case page (SubjectExportButton); the beheerder's prompt to set the policy in the shell
 * (PolicyPrompt).
 */
import { IconHourglassHigh, IconTrash } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy';

const DuePage = lazyPage(() => import('./DuePage'), 'DuePage');
const PolicyPage = lazyPage(() => import('./PolicyPage'), 'PolicyPage');

export const retentionFeature: Feature = {
  id: 'retention',
  routes: [{ path: '/retention', element: <DuePage /> }],
  nav: { labelKey: 'retention:nav.due', icon: IconTrash, path: '/retention', permission: 'retention.erase', order: 88 },
};

export const retentionPolicyFeature: Feature = {
  id: 'retention',
  routes: [{ path: '/retention-policy', element: <PolicyPage /> }],
  nav: { labelKey: 'retention:nav.policy', icon: IconHourglassHigh, path: '/retention-policy', permission: 'settings.manage', order: 89 },
};
