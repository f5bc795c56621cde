/** The unlocked app's routes, built from every feature's route list; lazy pages show a loader while their chunk loads. */
import { Suspense, use, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { Feature } from './feature';
import { FEATURES, HOME_PATH } from './features';
import { loadFeatureLocales } from '../i18n';
import { PageFallback } from './lazy';

/** The features' translations are loaded before any feature page renders (they are not in the entry chunk). */
let localesReady = false;
const localesLoaded = loadFeatureLocales().then(() => {
  localesReady = true;
});
function LocalesReady({ children }: { children: ReactNode }) {
  // Loaded ahead (while the passphrase was typed): render at once instead of suspending for a settled promise.
  if (!localesReady) use(localesLoaded);
  return children;
}

export function FeatureRoutes({ features = FEATURES }: { features?: readonly Feature[] }) {
  return (
    <Suspense fallback={<PageFallback />}>
      <LocalesReady>
        <FeatureRouteList features={features} />
      </LocalesReady>
    </Suspense>
  );
}

function FeatureRouteList({ features }: { features: readonly Feature[] }) {
  return (
    <Routes>
      <Route path="/" element={<Navigate to={HOME_PATH} replace />} />
      {features.flatMap((f) =>
        f.routes.map((r) => <Route key={`${f.id}:${r.path}`} path={r.path} element={<Suspense fallback={<PageFallback />}>{r.element}</Suspense>} />),
      )}
      <Route path="*" element={<Navigate to={HOME_PATH} replace />} />
    </Routes>
  );
}
