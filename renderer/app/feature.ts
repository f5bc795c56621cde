/**
 * What a feature module hands the shell: its routes and, if it has a page of
 * its own, its navigation entry. Each feature exports one `Feature` from its
 * `routes.tsx`; renderer/app/features.ts lists them, so adding a feature is one
 * import line there. Nothing else in the shell names a feature.
 */
import type { ReactNode } from 'react';
import type { TablerIcon } from '@tabler/icons-react';
import type { Permission } from '../../shared/domain/roles';

/** One route inside the unlocked shell; `path` is relative to '/', e.g. 'cases/*'. */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
}

/** A link in the main navigation. */
export interface NavEntry {
  /** Translation key of the label, with its namespace, e.g. 'common:nav.cases'. */
  labelKey: string;
  icon: TablerIcon;
  /** Where the link goes, e.g. '/cases'; it is shown as active on every path below it. */
  path: string;
  /** Shown only to users whose roles hold this permission (the backend checks again); null: everyone. */
  permission: Permission | null;
  /** Position in the navigation, lowest first. */
  order: number;
}

export interface Feature {
  /** Matches the folder name under renderer/features/. */
  id: string;
  routes: FeatureRoute[];
  nav?: NavEntry;
}
