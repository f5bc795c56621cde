/**
 * A persistent notice above every screen (no backup, no retention policy yet): one compact
 * line, so that two of them still leave a laptop screen (1366x768) to the work itself.
 */
import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function ShellNotice({ icon, title, children, testId }: { icon: ReactNode; title: string; children: ReactNode; testId: string }) {
  return (
    <Alert color="orange" variant="light" mb="xs" py={6} px="sm" icon={icon} role="status" data-testid={testId}>
      <Text size="sm">
        <Text span size="sm" fw={700}>
          {title}
        </Text>{' '}
        {children}
      </Text>
    </Alert>
  );
}
