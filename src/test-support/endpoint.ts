/** Client for the scripted test endpoint (scripts/wtr/test-endpoint.mjs). */
export interface LoggedRequest {
  step: string;
  key: string;
  contentType: string;
  body: string;
}

/** A fresh endpoint whose answers follow `script`, e.g. `['503', '201']`. */
export async function scriptedEndpoint(script: string[]) {
  const name = `b${crypto.randomUUID().replaceAll('-', '')}`;
  await fetch(`/__endpoint__/control/${name}`, { method: 'POST', body: JSON.stringify({ script }) });
  return {
    url: `/__endpoint__/post/${name}`,
    /** Changes the answers still to come. */
    async script(next: string[]) {
      await fetch(`/__endpoint__/control/${name}`, { method: 'POST', body: JSON.stringify({ script: next }) });
    },
    async log(): Promise<{ requests: LoggedRequest[]; stored: Record<string, unknown>[] }> {
      return (await fetch(`/__endpoint__/log/${name}`)).json();
    },
  };
}
