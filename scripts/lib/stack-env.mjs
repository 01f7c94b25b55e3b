// What the local stack tells the BFF (and the seed) about where it runs. Kept apart from
// stack.mjs so that it is a pure function a test can call.

/** The simulated WeChat user `admin` (code `test_admin`) administers a local stack by default. */
const SIMULATED_ADMIN = 'openid_admin';

/**
 * @param {{serverUri: string, dbName: string, fromUserEnv: boolean, userEnv?: Record<string, string | undefined>}} opts
 *   `serverUri`: the database server's URI (MONGODB_URI when the operator gave one); `dbName`: the
 *   stack's default database; `fromUserEnv`: `npm run dev` honours the operator's MONGODB_URI
 *   database name and ONETRIP_ADMIN_OPENIDS, while test and bench stacks keep their own database
 *   and the simulated admin their journeys sign in as.
 * @returns {{NODE_ENV: string, MONGODB_URI: string, ONETRIP_ADMIN_OPENIDS: string}}
 */
export function stackBffEnv({ serverUri, dbName, fromUserEnv, userEnv = process.env }) {
  // Not `new URL`: a replica set's `mongodb://a:1,b:2/db` is no WHATWG URL. `mongodb://host/` and
  // `mongodb://host` name no database; anything between the hosts' slash and `?` does.
  const m = /^(mongodb(?:\+srv)?:\/\/[^/?]*)(?:\/([^?]*))?(\?.*)?$/.exec(serverUri);
  if (!m) throw new Error(`not a mongodb:// URI: ${serverUri}`);
  const [, hosts, given = '', options = ''] = m;
  const name = fromUserEnv && given ? given : dbName;
  const admins = userEnv.ONETRIP_ADMIN_OPENIDS;
  return {
    // The BFF treats an unset NODE_ENV as production (refusing the development secrets): say it.
    NODE_ENV: 'development',
    MONGODB_URI: `${hosts}/${name}${options}`,
    ONETRIP_ADMIN_OPENIDS: fromUserEnv && admins !== undefined ? admins : SIMULATED_ADMIN,
  };
}
