/** The cases feature, mounted at /cases/* inside the Shell: list, new referral, case file. */
import { Navigate, Route, Routes } from 'react-router';
import { lazyPage } from '../../app/lazy';
import { CaseList } from './CaseList';

// The list is the first screen after an unlock: its chunk holds the list only; the referral
// form and the case file (with its advice, letters and meeting tabs) load when opened.
const NewReferral = lazyPage(() => import('./NewReferral'), 'NewReferral');
const CaseFilePage = lazyPage(() => import('./CaseFilePage'), 'CaseFilePage');

export function CaseRoutes() {
  return (
    <Routes>
      <Route index element={<CaseList />} />
      <Route path="new" element={<NewReferral />} />
      <Route path=":id" element={<CaseFilePage />} />
      <Route path="*" element={<Navigate to="/cases" replace />} />
    </Routes>
  );
}
