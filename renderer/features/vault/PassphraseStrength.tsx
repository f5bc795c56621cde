/**
 * Passphrase strength indication with zxcvbn-ts (Dutch + common dictionaries).
 * Advisory only: the shared `passphrase` schema enforces the minimum length.
 * The dictionaries are large, so they load on first use, in their own chunk.
 */
import { useDeferredValue, useEffect, useState } from 'react';
import { Box, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const MIN_PASSPHRASE_LENGTH = 12;

type Scorer = (passphrase: string, userInputs: string[]) => number;

let scorer: Promise<Scorer | null> | null = null;

function loadScorer(): Promise<Scorer | null> {
  scorer ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-nl-be'),
  ])
    .then(([core, common, nl]) => {
      const zxcvbn = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...nl.dictionary },
        graphs: common.adjacencyGraphs,
        useLevenshteinDistance: true,
      });
      return (passphrase: string, userInputs: string[]) =>
        zxcvbn.check(passphrase, ['adviestafel', 'expertteam', 'jeugd', ...userInputs]).score;
    })
    .catch(() => null);
  return scorer;
}

export type StrengthLevel = 'tooShort' | 'weak' | 'fair' | 'strong' | 'veryStrong';

/** The strength level of a passphrase, or null while empty or while the dictionaries load. */
export function usePassphraseStrength(passphrase: string, userInputs: string[] = []): StrengthLevel | null {
  const value = useDeferredValue(passphrase);
  const inputs = userInputs.filter(Boolean).join('\u0000');
  const [score, setScore] = useState<{ value: string; score: number } | null>(null);

  useEffect(() => {
    let live = true;
    if (!value) return;
    void loadScorer().then((s) => {
      if (live && s) setScore({ value, score: s(value, inputs ? inputs.split('\u0000') : []) });
    });
    return () => {
      live = false;
    };
  }, [value, inputs]);

  if (!passphrase) return null;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (!score || score.value !== value) return null;
  return score.score <= 1 ? 'weak' : score.score === 2 ? 'fair' : score.score === 3 ? 'strong' : 'veryStrong';
}

const DISPLAY: Record<StrengthLevel, { value: number; color: string }> = {
  tooShort: { value: 10, color: 'red' },
  weak: { value: 30, color: 'orange' },
  fair: { value: 55, color: 'yellow' },
  strong: { value: 80, color: 'teal' },
  veryStrong: { value: 100, color: 'green' },
};

/** A thin bar plus a short text; nothing while the field is empty. */
export function PassphraseStrength({ value, userInputs }: { value: string; userInputs?: string[] }) {
  const { t } = useTranslation('vault');
  const level = usePassphraseStrength(value, userInputs);
  if (!value) return null;
  const shown = level ? DISPLAY[level] : { value: 0, color: 'gray' };
  return (
    <Box mt={-4} data-testid="passphrase-strength" data-level={level ?? ''}>
      <Progress
        value={shown.value}
        color={shown.color}
        size="sm"
        radius="xl"
        aria-label={t('strength.label')}
        transitionDuration={200}
      />
      <Text size="xs" c="dimmed" mt={4} aria-live="polite">
        {t('strength.label')}:{' '}
        <Text span size="xs" fw={600} c={level ? `${shown.color}.8` : 'dimmed'}>
          {level ? t(`strength.${level}`) : '…'}
        </Text>
        {level === 'weak' || level === 'fair' ? ` · ${t('strength.hint')}` : ''}
      </Text>
    </Box>
  );
}
