/**
 * The letters feature in the shell: /letterhead (Briefpapier, beheerder) with its navigation
 * entry. The letters of one case live in the case file's "Brieven" tab (LettersTab).
 */
import { IconLetterCase } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy';

const LetterheadPage = lazyPage(() => import('./LetterheadPage'), 'LetterheadPage');

export const lettersFeature: Feature = {
  id: 'letters',
  routes: [{ path: '/letterhead', element: <LetterheadPage /> }],
  nav: { labelKey: 'letters:nav', icon: IconLetterCase, path: '/letterhead', permission: 'settings.manage', order: 85 },
};
