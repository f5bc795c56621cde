/**
 * The unlocked app: the router, the shell and every feature's routes. Its own chunk
 * (with react-router), so the unlock screen loads none of it.
 */
import { Suspense } from 'react';
import { RouterProvider, createHashRouter } from 'react-router';
import { FeatureRoutes } from './FeatureRoutes';
import { PageFallback } from './lazy';
import { Shell } from './Shell';
import { UnsavedChangesGuard } from './unsaved';

export function UnlockedApp() {
  return <RouterProvider router={appRouter()} />;
}

/**
 * A data router (one per window, made at the first unlock): react-router's useBlocker, which the
 * unsaved-changes guard needs, works only there. The features keep their own <Routes> below it.
 */
let router: ReturnType<typeof createHashRouter> | null = null;
function appRouter() {
  router ??= createHashRouter([
    {
      path: '*',
      element: (
        <>
          <UnsavedChangesGuard />
          <Shell>
            <Suspense fallback={<PageFallback />}>
              <FeatureRoutes />
            </Suspense>
          </Shell>
        </>
      ),
    },
  ]);
  return router;
}
