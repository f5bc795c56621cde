/**
 * Code splitting by feature route: a feature's page loads, in its own chunk, the first
 * time its route is opened, so the unlock screen downloads none of them. FeatureRoutes
 * shows PageFallback while a chunk loads.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** `lazyPage(() => import('./CaseRoutes'), 'CaseRoutes')`: a named export, loaded on first render. */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}

export function PageFallback() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common:loading')} />
    </Center>
  );
}
