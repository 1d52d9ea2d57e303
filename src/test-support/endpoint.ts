/** Client for the scripted test endpoint (scripts/wtr/test-endpoint.mjs). */
export interface LoggedRequest {
  step: string;
  key: string;
  contentType: string;
  body: string;
}

/**
 * A fresh endpoint whose answers follow `script`, e.g. `['503', '201']`. `answer` is added to each
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
    async log(): Promise<{ requests: LoggedRequest[]; stored: Record<string, unknown>[]; cancels: string[] }> {
      return (await fetch(`/__endpoint__/log/${name}`)).json();
    },
  };
}
