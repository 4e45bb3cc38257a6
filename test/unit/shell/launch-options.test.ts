import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOW_VPDU_DB_FLAG, chooseDbPath, packageFilesFromArgv } from '../../../electron/shell/launch-options';
import { makeTempDir } from '../../support/temp-dir';

const { dir, cleanup } = makeTempDir('vpdu-launch-');
afterAll(cleanup);

describe('launch options', () => {
  const userData = join(dir, 'userData');
  const env = { VPDU_DB: join(dir, 'elsewhere.sqlite') };

  it('ignores VPDU_DB in an installed app unless the deliberate flag is given', () => {
    expect(chooseDbPath({ isPackaged: true, env, argv: ['app.exe'], userData })).toBe(join(userData, 'van-phong-dang-uy.sqlite'));
    expect(chooseDbPath({ isPackaged: true, env, argv: ['app.exe', ALLOW_VPDU_DB_FLAG], userData })).toBe(env.VPDU_DB);
    expect(chooseDbPath({ isPackaged: false, env, argv: [], userData })).toBe(env.VPDU_DB);
    expect(chooseDbPath({ isPackaged: false, env: {}, argv: [], userData })).toBe(join(userData, 'van-phong-dang-uy.sqlite'));
  });

  it('takes only existing .vpdu files from a command line', () => {
    const pkg = join(dir, 'goi-du-lieu.vpdu');
    writeFileSync(pkg, 'x');
    writeFileSync(join(dir, 'note.txt'), 'x');
    expect(packageFilesFromArgv(['--flag', pkg, join(dir, 'note.txt'), join(dir, 'missing.vpdu'), 'goi-du-lieu.vpdu', dir], dir)).toEqual([pkg, pkg]);
  });
});
