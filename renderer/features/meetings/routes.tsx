/**
 * The meetings feature in the shell: /meetings/* (planning, a meeting with its
 * agenda, attendance and besluitenlijst, live mode) and /present/:id (the
 * presentation screen for a second window), and its navigation entry.
 */
import { IconCalendarEvent } from '@tabler/icons-react';
import { Navigate, Route, Routes } from 'react-router';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy';

// Each page in its own chunk, loaded when first opened.
const MeetingPage = lazyPage(() => import('./detail/MeetingPage'), 'MeetingPage');
const LivePage = lazyPage(() => import('./live/LivePage'), 'LivePage');
const PresentationPage = lazyPage(() => import('./live/PresentationPage'), 'PresentationPage');
const PlanningPage = lazyPage(() => import('./planning/PlanningPage'), 'PlanningPage');

function MeetingRoutes() {
  return (
    <Routes>
      <Route index element={<PlanningPage />} />
      <Route path=":id" element={<MeetingPage />} />
      <Route path=":id/live" element={<LivePage />} />
      <Route path="*" element={<Navigate to="/meetings" replace />} />
    </Routes>
  );
}

export const meetingsFeature: Feature = {
  id: 'meetings',
  routes: [
    { path: '/meetings/*', element: <MeetingRoutes /> },
    { path: '/present/:id', element: <PresentationPage /> },
  ],
  nav: { labelKey: 'meetings:nav', icon: IconCalendarEvent, path: '/meetings', permission: 'meeting.read', order: 20 },
};
