/**
 * A PDF shown page by page: pdf.js (pdfjs-dist) draws each page into a canvas. The bytes come
 * from the backend as base64 and stay in memory; the worker script is served by the app itself
 * (script-src 'self'), eval is off, so the strict Content-Security-Policy holds.
 */
import { Alert, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { base64Bytes } from '../../app/download';

export function PdfPages({ base64, label }: { base64: string; label: string }) {
  const { t } = useTranslation('letters');
  const holder = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'done' | 'error'>('loading');
  const [pages, setPages] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const el = holder.current;
    if (!el) return;
    setState('loading');
    void (async () => {
      try {
        const pdfjs = await import('pdfjs-dist');
        pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
        const doc = await pdfjs.getDocument({ data: base64Bytes(base64), isEvalSupported: false }).promise;
        if (cancelled) return;
        el.replaceChildren();
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: 1.4 });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.style.width = '100%';
          canvas.style.maxWidth = `${viewport.width}px`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('preview.pageOf', { page: n, pages: doc.numPages }));
          canvas.dataset.page = String(n);
          canvas.className = 'letter-page';
          canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,.25)';
          canvas.style.marginBottom = '16px';
          el.appendChild(canvas);
          await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
          if (cancelled) return;
        }
        setPages(doc.numPages);
        setState('done');
        void doc.destroy();
      } catch {
        if (!cancelled) setState('error');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [base64, t]);

  return (
    <Stack gap="xs">
      {state === 'loading' && <Loader size="sm" role="status" aria-label={t('preview.loading')} />}
      {state === 'error' && <Alert color="red">{t('preview.failed')}</Alert>}
      {state === 'done' && (
        <Text size="sm" c="dimmed">
          {t('preview.pages', { count: pages })}
        </Text>
      )}
      <Paper bg="gray.1" p="md" radius="md" aria-label={label} role="region">
        <div ref={holder} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }} />
      </Paper>
    </Stack>
  );
}
