/**
 * The flow a case letter and a besluitenlijst share: preview, record what was previewed, save a
 * stored copy; with the outcome line (failure or recorded) and the save dialog's file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterInfo, LetterPreview } from '../../../shared/api/index';
import { errorText } from '../../app/forms';
import { useGetLetter } from './queries';

export function useLetterFlow() {
  const { t } = useTranslation('letters');
  const getLetter = useGetLetter();
  const [shown, setShown] = useState<LetterPreview | null>(null);
  const [failure, setFailure] = useState('');
  const [recorded, setRecorded] = useState('');
  const [saving, setSaving] = useState<{ base64: string; fileName: string } | null>(null);

  const open = async (render: () => Promise<LetterPreview>) => {
    setFailure('');
    setRecorded('');
    try {
      setShown(await render());
    } catch (err) {
      setFailure(errorText(t, err));
    }
  };

  const recordShown = async (store: (shown: LetterPreview) => Promise<LetterInfo> | null) => {
    if (!shown) return;
    const pending = store(shown);
    if (!pending) return;
    try {
      const info = await pending;
      setShown(null);
      setRecorded(t('recorded', { title: info.title, number: info.number }));
    } catch (err) {
      setShown(null);
      setFailure(errorText(t, err));
    }
  };

  const saveStored = async (letter: LetterInfo) => {
    try {
      const stored = await getLetter.mutateAsync({ letterId: letter.id });
      setSaving({ base64: stored.pdfBase64, fileName: stored.fileName });
    } catch (err) {
      setFailure(errorText(t, err));
    }
  };

  return { shown, setShown, failure, setFailure, recorded, saving, setSaving, open, recordShown, saveStored };
}
