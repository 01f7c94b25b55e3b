export default async function globalTeardown() {
  for (const stop of globalThis.__ONETRIP_STOPS__ ?? []) await stop();
}
