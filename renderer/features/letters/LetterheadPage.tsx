/**
 * Briefpapier (beheerder): team name, address, logo (PNG or SVG, at most 2 MB, stored in the
 * vault), signature name and function, footer text; a sample letter previews what is typed.
 * A failed save keeps everything typed and shows the message at the field.
 */
import { Alert, Button, FileButton, Grid, Group, Image, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconEye, IconPhotoUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Letterhead, LetterheadFields, LetterPreview } from '../../../shared/api/index';
import { LOGO_MAX_BYTES } from '../../../shared/api/index';
import { errorText, issueText } from '../../app/forms';
import { QueryState } from '../../app/QueryState';
import { ApiError } from '../../api/client';
import { PdfPages } from './PdfPages';
import { useLetterhead, usePreviewLetterhead, useSaveLetterhead, useSetLogo } from './queries';

function toBase64(buf: ArrayBuffer): string {
  let bin = '';
  const bytes = new Uint8Array(buf);
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function LetterheadPage() {
  const head = useLetterhead();
  // The form starts from the stored letterhead: it is shown only once that is there, so what
  // is typed can never be overwritten by data arriving later.
  return <QueryState query={head}>{(stored) => <LetterheadForm stored={stored} />}</QueryState>;
}

function LetterheadForm({ stored }: { stored: Letterhead }) {
  const { t } = useTranslation('letters');
  const save = useSaveLetterhead();
  const setLogo = useSetLogo();
  const previewCall = usePreviewLetterhead();
  const [values, setValues] = useState<LetterheadFields>(() => {
    const { teamName, address, signatureName, signatureFunction, footerText } = stored;
    return { teamName, address, signatureName, signatureFunction, footerText };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [preview, setPreview] = useState<LetterPreview | null>(null);

  const fieldErrors = (err: unknown) => {
    const fields = err instanceof ApiError ? err.fields : {};
    const out = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, issueText(t, v)]));
    return Object.keys(out).length ? out : { form: errorText(t, err) };
  };

  const set = (k: keyof LetterheadFields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [k]: value }));
    setSaved(false);
  };

  const submit = async () => {
    try {
      await save.mutateAsync(values);
      setErrors({});
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  const upload = async (file: File | null) => {
    if (!file) return;
    setErrors({});
    if (file.size > LOGO_MAX_BYTES) {
      setErrors({ logo: t('msg:v.logo_too_big') });
      return;
    }
    try {
      await setLogo.mutateAsync({ logo: toBase64(await file.arrayBuffer()) });
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  const showPreview = async () => {
    try {
      setPreview(await previewCall.mutateAsync({ letterhead: values }));
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  const logo = stored.logo;
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1} fz="h2">
        {t('letterhead.title')}
      </Title>
      <Text c="dimmed">{t('letterhead.intro')}</Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <TextInput label={t('letterhead.teamName')} value={values.teamName} onChange={set('teamName')} error={errors.teamName} required />
            <Textarea label={t('letterhead.address')} value={values.address} onChange={set('address')} error={errors.address} autosize minRows={2} />
            <TextInput label={t('letterhead.signatureName')} value={values.signatureName} onChange={set('signatureName')} error={errors.signatureName} />
            <TextInput label={t('letterhead.signatureFunction')} value={values.signatureFunction} onChange={set('signatureFunction')} error={errors.signatureFunction} />
            <Textarea label={t('letterhead.footerText')} value={values.footerText} onChange={set('footerText')} error={errors.footerText} autosize minRows={2} />
            <Stack gap={4}>
              <Text fw={500} size="sm">
                {t('letterhead.logo')}
              </Text>
              {logo ? (
                <Image src={`data:${logo.type};base64,${logo.base64}`} alt={t('letterhead.logoAlt')} h={48} w="auto" fit="contain" />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('letterhead.defaultLogo')}
                </Text>
              )}
              <Group>
                <FileButton onChange={(f) => void upload(f)} accept="image/png,image/svg+xml">
                  {(props) => (
                    <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} />} loading={setLogo.isPending}>
                      {t('letterhead.upload')}
                    </Button>
                  )}
                </FileButton>
                {logo && (
                  <Button variant="subtle" onClick={() => void setLogo.mutateAsync({ logo: null })}>
                    {t('letterhead.removeLogo')}
                  </Button>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('letterhead.logoHint')}
              </Text>
              {errors.logo && (
                <Text size="sm" c="red" role="alert">
                  {errors.logo}
                </Text>
              )}
            </Stack>
            {errors.form && <Alert color="red">{errors.form}</Alert>}
            {saved && <Alert color="green">{t('letterhead.saved')}</Alert>}
            <Group>
              <Button onClick={() => void submit()} loading={save.isPending}>
                {t('letterhead.save')}
              </Button>
              <Button variant="default" leftSection={<IconEye size={16} />} onClick={() => void showPreview()} loading={previewCall.isPending}>
                {t('letterhead.preview')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {preview ? <PdfPages base64={preview.pdfBase64} label={t('letterhead.previewRegion')} /> : <Text c="dimmed">{t('letterhead.previewHint')}</Text>}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
