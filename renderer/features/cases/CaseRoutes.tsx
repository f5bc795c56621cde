/** The cases feature, mounted at /cases/* inside the Shell: list, new referral, case file. */
import { Navigate, Route, Routes } from 'react-router';
import { CaseFilePage } from './CaseFilePage';
import { CaseList } from './CaseList';
import { NewReferral } from './NewReferral';

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
