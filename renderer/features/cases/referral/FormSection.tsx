/** The referral form's frame: one titled section, the sticky section index, and the failure notice. */
import type { ReactNode } from 'react';
import { Alert, Button, Group, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SECTIONS, scrollToSection, type Section } from './model';

export function FormSection({ id, title, aside, children }: { id: Section; title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      id={`referral-${id}`}
      aria-labelledby={`referral-${id}-title`}
      style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 56px) + 16px)' }}
    >
      <Group justify="space-between" mb="md">
        <Title order={2} fz={22} id={`referral-${id}-title`} data-referral-section>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}

/** The sticky index beside the form: jump to a section, see which sections have errors, save. */
export function SectionIndex({
  active,
  sectionErrors,
  stickyTop,
  saving,
  submitLabel,
}: {
  /** Index of the section in view (scroll spy). */
  active: number;
  sectionErrors: Set<Section>;
  stickyTop: number;
  saving: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation('cases');
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      style={{ position: 'sticky', top: `calc(var(--app-shell-header-height, 56px) + ${stickyTop}px)` }}
    >
      <Text fw={700} size="sm" c="dimmed" tt="uppercase" mb={6} px="xs">
        {t('referral.index')}
      </Text>
      <nav aria-label={t('referral.index')}>
        {SECTIONS.map((s, i) => (
          <NavLink
            key={s}
            component="button"
            type="button"
            label={t(`referral.section.${s}`)}
            active={active === i}
            onClick={() => scrollToSection(s)}
            color={sectionErrors.has(s) ? 'red' : undefined}
            rightSection={sectionErrors.has(s) ? <IconAlertCircle size={18} color="var(--mantine-color-red-6)" /> : null}
            styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
          />
        ))}
      </nav>
      <Button
        type="submit"
        fullWidth
        mt="md"
        size="md"
        loading={saving}
        leftSection={<IconDeviceFloppy size={20} />}
        tabIndex={-1}
      >
        {submitLabel}
      </Button>
      <Text size="xs" c="dimmed" ta="center" mt={6}>
        {t('referral.shortcut')}
      </Text>
    </Paper>
  );
}

export function FailureAlert({ failure, count, onShow }: { failure: string | null; count: number; onShow(): void }) {
  const { t } = useTranslation('cases');
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={t('referral.errorsTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        {failure && <Text>{failure}</Text>}
        {count > 0 && <Text>{t('referral.errorsBody', { count })}</Text>}
        {count > 0 && (
          <Button variant="light" color="red" size="compact-md" onClick={onShow}>
            {t('referral.goToFirstError')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
