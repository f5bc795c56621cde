/** A query's loading and error states, so a screen only says what to show once the data are there. */
import type { ReactNode } from 'react';
import { Alert, Group, Loader } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from './forms';

/** What QueryState reads from a TanStack query result. */
export interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
}

export function QueryState<T>({
  query,
  children,
  inline = false,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  /**
   * Off (the default): a centred loader with room around it and an alert with a margin,
   * for a Paper without padding. On: a bare loader and alert, for a padded layout.
   */
  inline?: boolean;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return inline ? (
      <Loader size="sm" />
    ) : (
      <Group justify="center" p="xl">
        <Loader size="sm" />
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Alert m={inline ? undefined : 'md'} color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
        {errorText(t, query.error)}
      </Alert>
    );
  }
  return <>{children(query.data as T)}</>;
}
