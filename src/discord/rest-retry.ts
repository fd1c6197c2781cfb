/**
 * Transient REST failures retried with backoff, through discord.js's own REST option `makeRequest`
 * (the function @discordjs/rest calls for every HTTP request, after its rate-limit handling).
 *
 * - A 5xx is retried after 100 ms, 200 ms, 400 ms (± 25 %) before discord.js sees it (discord.js alone
 *   retries 5xx at once, with no pause).
 * - A connection dropped before the response (reset, closed socket, refused) is retried the same way.
 *   For an interaction callback the first attempt may have reached Discord: if the retry is answered
 *   40060 "Interaction has already been acknowledged", the first one did, and that counts as success.
 * - Nothing is retried once discord.js's own timeout has aborted the request.
 * The pauses stay far inside Discord's 3-second window for a first response.
 */
import { DefaultRestOptions, type ResponseLike } from 'discord.js';

export type MakeRequest = (url: string, init: RequestInit) => Promise<ResponseLike>;

export interface BackoffOptions {
  /** Retries after the first attempt. */
  retries?: number;
  baseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export function isTransientNetworkError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  const cause = (err as { cause?: unknown }).cause;
  if (cause && cause !== err && isTransientNetworkError(cause)) return true;
  return /other side closed|socket hang up|ECONNRESET|EPIPE/i.test(err.message);
}

const CALLBACK = /\/interactions\/\d+\/[^/]+\/callback/;
const ALREADY_ACKNOWLEDGED = 40060;

export function withBackoff(
  inner: MakeRequest = DefaultRestOptions.makeRequest as MakeRequest,
  { retries = 3, baseMs = 100, sleep, random = Math.random }: BackoffOptions = {},
): MakeRequest {
  const pause = sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.()));
  const delay = (attempt: number) => Math.round(baseMs * 2 ** attempt * (0.75 + random() * 0.5));
  return async (url, init) => {
    let dropped = false;
    for (let attempt = 0; ; attempt++) {
      let res: ResponseLike;
      try {
        res = await inner(url, init);
      } catch (err) {
        if (init.signal?.aborted || attempt >= retries || !isTransientNetworkError(err)) throw err;
        dropped = true;
        await pause(delay(attempt));
        continue;
      }
      if (res.status >= 500 && res.status < 600 && attempt < retries) {
        await res.arrayBuffer().catch(() => undefined); // free the connection
        await pause(delay(attempt));
        continue;
      }
      if (dropped && res.status === 400 && CALLBACK.test(url)) {
        const text = await res.text();
        if (
          text.includes(`"code":${ALREADY_ACKNOWLEDGED}`) ||
          text.includes(`"code": ${ALREADY_ACKNOWLEDGED}`)
        )
          return new Response(null, { status: 204 });
        return new Response(text, { status: res.status, headers: res.headers });
      }
      return res;
    }
  };
}
