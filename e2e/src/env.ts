/** URLs of the running stack, passed in by scripts/test.mjs. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end suite through \`npm test\``);
  return value;
}

export const H5_URL = required('E2E_H5_URL');
export const API_URL = required('E2E_API_URL');
export const MOCK_URL = required('E2E_MOCK_URL');
