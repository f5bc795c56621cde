/** The unlocked app's routes, built from every feature's route list. */
import { Navigate, Route, Routes } from 'react-router';
import type { Feature } from './feature';
import { FEATURES, HOME_PATH } from './features';

export function FeatureRoutes({ features = FEATURES }: { features?: readonly Feature[] }) {
  return (
    <Routes>
      <Route path="/" element={<Navigate to={HOME_PATH} replace />} />
      {features.flatMap((f) =>
        f.routes.map((r) => <Route key={`${f.id}:${r.path}`} path={r.path} element={r.element} />),
      )}
      <Route path="*" element={<Navigate to={HOME_PATH} replace />} />
    </Routes>
  );
}
