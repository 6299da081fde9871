import { z } from 'zod';
import type { TranslationEngine } from './engine';

// LibreTranslate's batch answer: one translated text per text asked, in order.
const ZAnswer = z.object({ translatedText: z.array(z.string()) });

/**
 * The adapter for LibreTranslate (open source, self-hosted or libretranslate.com): its
 * `POST /translate` with the texts as a batch, plain text in and out. A refusal, an error
 * status or another shape is an error: Translate then starts the translation empty.
 */
export function libreTranslateEngine(baseUrl: string, apiKey?: string): TranslationEngine {
  const endpoint = new URL('translate', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  return {
    name: 'LibreTranslate',
    async translate(texts, from, into, signal) {
      if (!texts.length) return [];
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ q: texts, source: from, target: into, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) }),
        signal,
      });
      if (!response.ok) throw new Error(`LibreTranslate answered ${response.status}`);
      const answer = ZAnswer.safeParse(await response.json());
      if (!answer.success) throw new Error('LibreTranslate answered something other than the translated texts');
      return answer.data.translatedText;
    },
  };
}
