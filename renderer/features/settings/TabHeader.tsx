/** The title and one-line introduction every settings tab opens with. */
import { Text, Title } from '@mantine/core';

export function TabHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <div>
      <Title order={2} fz="lg">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {intro}
      </Text>
    </div>
  );
}
