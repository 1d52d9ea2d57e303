/** Client for the scripted test endpoint (scripts/wtr/test-endpoint.mjs). */

// The page's own fetch, taken before any test replaces it: a test recording the library's
// requests (recordFetches) does not see its own questions to the endpoint.
const fetch = globalThis.fetch.bind(globalThis);

export interface LoggedRequest {
  step: string;
  key: string;
  contentType: string;
  body: string;
}

/** What the endpoint saw: every request, each payload stored once, and the cancel bodies. */
export interface EndpointLog {
  requests: LoggedRequest[];
  stored: Record<string, unknown>[];
  cancels: string[];
}

/**
 * A fresh endpoint whose answers follow `script`, e.g. `['503', '201']` (the steps are listed in
 * scripts/wtr/test-endpoint.mjs). `answer` is added to each
 * 2xx body; `cancel` scripts the answers of its cancel address (`cancelUrl`), e.g. `['503', '200']`.
 */
export async function scriptedEndpoint(script: string[], options: { answer?: Record<string, unknown>; cancel?: string[] } = {}) {
  const name = `b${crypto.randomUUID().replaceAll('-', '')}`;
  await fetch(`/__endpoint__/control/${name}`, { method: 'POST', body: JSON.stringify({ script, ...options }) });
  return {
    url: `/__endpoint__/post/${name}`,
    cancelUrl: `/__endpoint__/cancel/${name}`,
    /** Changes the answers still to come (and, with `options`, the answer body and the cancel answers). */
    async script(next: string[], more: { answer?: Record<string, unknown>; cancel?: string[] } = {}) {
      await fetch(`/__endpoint__/control/${name}`, { method: 'POST', body: JSON.stringify({ script: next, ...more }) });
    },
    async log(): Promise<EndpointLog> {
      return (await fetch(`/__endpoint__/log/${name}`)).json();
    },
    /** The log, once the endpoint has had `count` requests (it answers when they have come). */
    async received(count: number): Promise<EndpointLog> {
      return (await fetch(`/__endpoint__/log/${name}?requests=${count}`)).json();
    },
    /** Answers every `hold` request that has come since the last release, waiting for one if none has. */
    async release(): Promise<void> {
      await fetch(`/__endpoint__/release/${name}`, { method: 'POST' });
    },
  };
}
