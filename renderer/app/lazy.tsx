/**
 * Code splitting by feature route: a feature's page loads, in its own chunk, the first
 * time its route is opened, so the unlock screen downloads none of them. FeatureRoutes
 * shows PageFallback while a chunk loads.
 *
 * A page whose chunk was loaded ahead (pageLoaded, e.g. the unlocked app and the case list
 * while the passphrase is typed) renders at once: no fallback, and no wait for React's
 * throttled reveal of a suspended boundary.
 */
import { lazy, useState, type ComponentType } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Pages whose module is loaded, by their export name. */
const loaded = new Map<string, ComponentType>();

/** Record a page whose module is loaded (a preload), so its first render does not suspend. */
export function pageLoaded(name: string, component: ComponentType): void {
  loaded.set(name, component);
}

/** `lazyPage(() => import('./CaseRoutes'), 'CaseRoutes')`: a named export, loaded on first render. */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  const Lazy = lazy(async () => {
    const component = (await load())[name];
    loaded.set(name, component);
    return { default: component };
  });
  function LazyPage() {
    // Chosen once per mount: switching component types later would remount the page and lose its state.
    const [Page] = useState(() => (loaded.get(name) ?? Lazy) as ComponentType);
    return <Page />;
  }
  LazyPage.displayName = `LazyPage(${name})`;
  return LazyPage;
}

export function PageFallback() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common:loading')} />
    </Center>
  );
}
