/**
 * `npm run dev` / `dev:api` pass the operator's ONETRIP_ADMIN_OPENIDS and the database
 * name of a MONGODB_URI through to the BFF (issue 13, defect 11), and say NODE_ENV
 * explicitly now that unset means production (defect 9). The scripts are plain ESM run
 * before any dependency is installed, so the helper is imported by a child `node`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const helper = path.resolve(__dirname, '../../../scripts/lib/stack-env.mjs');

interface StackEnvArgs {
  serverUri: string;
  dbName: string;
  fromUserEnv: boolean;
  userEnv: Record<string, string>;
}

function stackEnv(args: StackEnvArgs): Record<string, string> {
  const script = `import { stackBffEnv } from ${JSON.stringify(helper)};
process.stdout.write(JSON.stringify(stackBffEnv(${JSON.stringify(args)})));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

const dev = (serverUri: string, userEnv: Record<string, string> = {}) =>
  stackEnv({ serverUri, dbName: 'onetrip_dev', fromUserEnv: true, userEnv });

describe('the dev stack environment of the BFF', () => {
  it('uses the database named in MONGODB_URI, keeping its options', () => {
    const uri = 'mongodb://db.example:27017/county_prod?replicaSet=rs0';
    expect(dev(uri, { MONGODB_URI: uri }).MONGODB_URI).toBe(uri);
  });

  it('uses the default name when the URI names no database', () => {
    expect(dev('mongodb://db.example:27017/?replicaSet=rs0').MONGODB_URI).toBe(
      'mongodb://db.example:27017/onetrip_dev?replicaSet=rs0',
    );
    expect(dev('mongodb://127.0.0.1:4000').MONGODB_URI).toBe('mongodb://127.0.0.1:4000/onetrip_dev');
  });

  it("passes the operator's admin openids through, an empty list too", () => {
    expect(dev('mongodb://127.0.0.1:4000/', { ONETRIP_ADMIN_OPENIDS: 'o_1,o_2' }).ONETRIP_ADMIN_OPENIDS).toBe(
      'o_1,o_2',
    );
    expect(dev('mongodb://127.0.0.1:4000/', { ONETRIP_ADMIN_OPENIDS: '' }).ONETRIP_ADMIN_OPENIDS).toBe('');
  });

  it("makes the simulator's `admin` the administrator when none is given", () => {
    expect(dev('mongodb://127.0.0.1:4000/').ONETRIP_ADMIN_OPENIDS).toBe('openid_admin');
  });

  it('sets NODE_ENV=development whatever the shell says', () => {
    expect(dev('mongodb://127.0.0.1:4000/', { NODE_ENV: 'production' }).NODE_ENV).toBe('development');
  });

  it('keeps test and bench stacks on their own database and the simulated admin', () => {
    const env = stackEnv({
      serverUri: 'mongodb://db.example:27017/county_prod',
      dbName: 'onetrip_e2e',
      fromUserEnv: false,
      userEnv: { ONETRIP_ADMIN_OPENIDS: 'o_1' },
    });
    expect(env).toEqual({
      NODE_ENV: 'development',
      MONGODB_URI: 'mongodb://db.example:27017/onetrip_e2e',
      ONETRIP_ADMIN_OPENIDS: 'openid_admin',
    });
  });
});
