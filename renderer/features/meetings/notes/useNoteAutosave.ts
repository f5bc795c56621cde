/**
 * Autosave for one note field: saves ~700 ms after typing stops, one save at a
 * time (typing during a save queues the next one), shows the state, and on a
 * version conflict keeps both texts for the user to choose. Registered as a
 * before-lock flush, so the lock button and the idle lock save first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteFieldState } from '../../../../shared/api/index';
import type { NoteField } from '../../../../shared/domain/meetings';
import { ApiError } from '../../../api/client';
import { registerBeforeLock } from '../../../app/chrome';
import { useSaveNote } from '../queries';

export const AUTOSAVE_DEBOUNCE_MS = 700;

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

export interface NoteConflict {
  currentText: string;
  currentVersion: number;
  savedBy: string;
  yourText: string;
}

export function useNoteAutosave(itemId: number, field: NoteField, server: NoteFieldState | undefined) {
  const save = useSaveNote();
  const [text, setTextState] = useState(server?.text ?? '');
  const [state, setState] = useState<SaveState>('saved');
  const [conflict, setConflict] = useState<NoteConflict | null>(null);
  const textRef = useRef(text);
  const versionRef = useRef(server?.version ?? 0);
  const savedTextRef = useRef(server?.text ?? '');
  const stateRef = useRef<SaveState>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save.mutateAsync);
  saveRef.current = save.mutateAsync;

  const setStatus = (s: SaveState) => {
    stateRef.current = s;
    setState(s);
  };

  // A newer version saved elsewhere (the other screen) is taken over while nothing here is unsaved.
  useEffect(() => {
    if (!server || server.version <= versionRef.current || stateRef.current !== 'saved') return;
    versionRef.current = server.version;
    savedTextRef.current = server.text;
    textRef.current = server.text;
    setTextState(server.text);
  }, [server]);

  /** One save at a time: each run is chained after the previous one and saves what is typed by then. */
  const chain = useRef<Promise<void>>(Promise.resolve());
  const scheduleRef = useRef<() => void>(() => undefined);

  const saveNow = useCallback(async (): Promise<void> => {
    const sent = textRef.current;
    if (stateRef.current === 'conflict') return;
    if (sent === savedTextRef.current) {
      if (stateRef.current !== 'error') setStatus('saved');
      return;
    }
    setStatus('saving');
    try {
      const r = await saveRef.current({ itemId, field, text: sent, baseVersion: versionRef.current });
      versionRef.current = r.version;
      savedTextRef.current = sent;
      setStatus(textRef.current === sent ? 'saved' : 'dirty');
      // Typed on during the save: save again.
      if (textRef.current !== sent) scheduleRef.current();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'NOTE_CONFLICT') {
        const p = err.params;
        setConflict({
          currentText: String(p.currentText ?? ''),
          currentVersion: Number(p.currentVersion ?? 0),
          savedBy: String(p.savedBy ?? ''),
          yourText: textRef.current,
        });
        setStatus('conflict');
      } else {
        setStatus('error');
      }
    }
  }, [itemId, field]);

  const runSave = useCallback((): Promise<void> => {
    chain.current = chain.current.then(saveNow);
    return chain.current;
  }, [saveNow]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void runSave();
    }, AUTOSAVE_DEBOUNCE_MS);
  }, [runSave]);
  scheduleRef.current = schedule;

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    await runSave();
  }, [runSave]);

  const setText = useCallback(
    (next: string) => {
      textRef.current = next;
      setTextState(next);
      if (stateRef.current === 'conflict') return;
      if (stateRef.current !== 'saving') setStatus(next === savedTextRef.current ? 'saved' : 'dirty');
      schedule();
    },
    [schedule],
  );

  /** Resolve a conflict with the chosen or merged text, on top of the other screen's version. */
  const resolve = useCallback(
    (chosen: string) => {
      if (!conflict) return;
      versionRef.current = conflict.currentVersion;
      savedTextRef.current = conflict.currentText;
      textRef.current = chosen;
      setTextState(chosen);
      setConflict(null);
      setStatus(chosen === conflict.currentText ? 'saved' : 'dirty');
      if (chosen !== conflict.currentText) void runSave();
    },
    [conflict, runSave],
  );

  const retry = useCallback(() => {
    setStatus('dirty');
    void runSave();
  }, [runSave]);

  useEffect(() => registerBeforeLock(flush), [flush]);
  // Leaving the screen (next case, navigation): save what is typed.
  useEffect(() => () => void flush(), [flush]);

  return { text, setText, state, conflict, resolve, retry, flush };
}
