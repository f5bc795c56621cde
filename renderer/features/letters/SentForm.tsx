/** "Verzonden": to whom, how and when a recorded letter went out (the app itself sends nothing). */
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEND_CHANNELS, type LetterInfo, type SendChannel } from '../../../shared/api/index';
import { dutchToIso, isoToDutch, todayIso } from '../../../shared/domain/dates';
import { errorText, issueText } from '../../app/forms';
import { ApiError } from '../../api/client';
import { useRecordSent } from './queries';

export function SentForm({ letter, onClose }: { letter: LetterInfo | null; onClose(): void }) {
  const { t } = useTranslation('letters');
  const record = useRecordSent();
  const [recipient, setRecipient] = useState('');
  const [channel, setChannel] = useState<SendChannel>('beveiligde_mail');
  const [sentOn, setSentOn] = useState(isoToDutch(todayIso()));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    if (!letter) return;
    try {
      await record.mutateAsync({ letterId: letter.id, recipient, channel, sentOn: dutchToIso(sentOn) });
      setRecipient('');
      setErrors({});
      onClose();
    } catch (err) {
      const fields = err instanceof ApiError ? err.fields : {};
      const next = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, issueText(t, v)]));
      setErrors(Object.keys(next).length ? next : { form: errorText(t, err) });
    }
  };

  return (
    <Modal opened={letter !== null} onClose={onClose} title={t('sent.title', { title: letter?.title ?? '' })} centered>
      <Stack>
        <TextInput label={t('sent.recipient')} value={recipient} onChange={(e) => setRecipient(e.currentTarget.value)} error={errors.recipient} required />
        <Select
          label={t('sent.channel')}
          data={SEND_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          value={channel}
          onChange={(v) => v && setChannel(v as SendChannel)}
          allowDeselect={false}
        />
        <TextInput label={t('sent.on')} placeholder="dd-mm-jjjj" value={sentOn} onChange={(e) => setSentOn(e.currentTarget.value)} error={errors.sentOn ?? errors.form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={record.isPending}>
            {t('sent.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
