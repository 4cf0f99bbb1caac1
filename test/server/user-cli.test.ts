// `communique user`: add (generated password printed once), list, passwd, disable/enable, token;
// one-line errors for a taken name, an unknown role and an unknown user.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { signIn, userOfToken } from '../../src/commands/accounts.js'
import { openStore } from '../../src/store/open-store.js'
import { runCli } from '../helpers/cli.js'

describe('communique user', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-user-'))
  const env = { COMMUNIQUE_DB: join(dir, 'u.db'), DATABASE_URL: '' }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('adds, lists, changes passwords, disables and makes tokens', async () => {
    const add = await runCli(['user', 'add', 'alice', '--role', 'admin'], env)
    expect(add.code).toBe(0)
    const password = /password: (\S+)/.exec(add.out)![1]!
    expect(password.length).toBeGreaterThanOrEqual(20)
    expect((await runCli(['user', 'add', 'bob', '--role', 'editor', '--party', 'japan'], env)).code).toBe(0)
    const list = JSON.parse((await runCli(['user', 'list', '--json'], env)).out) as { users: Array<{ name: string; role: string; party: string | null }> }
    expect(list.users.map((u) => [u.name, u.role, u.party])).toEqual([
      ['alice', 'admin', null],
      ['bob', 'editor', 'Japan'],
    ])
    expect(JSON.stringify(list)).not.toMatch(/argon2/)

    const store = await openStore({ path: env.COMMUNIQUE_DB })
    try {
      await expect(signIn(store, { username: 'alice', password, address: '127.0.0.1' }, new Date().toISOString())).resolves.toMatchObject({
        user: { name: 'alice' },
      })
      const token = JSON.parse((await runCli(['user', 'token', 'alice', '--json'], env)).out) as { id: number; token: string }
      expect((await userOfToken(store, token.token, new Date().toISOString()))?.name).toBe('alice')
      const passwd = await runCli(['user', 'passwd', 'alice'], env)
      const newPassword = /password: (\S+)/.exec(passwd.out)![1]!
      await expect(signIn(store, { username: 'alice', password, address: '127.0.0.2' }, new Date().toISOString())).rejects.toMatchObject({
        code: 'unauthenticated',
      })
      await expect(signIn(store, { username: 'alice', password: newPassword, address: '127.0.0.2' }, new Date().toISOString())).resolves.toBeTruthy()
      expect((await runCli(['user', 'disable', 'alice'], env)).code).toBe(0)
      expect(await userOfToken(store, token.token, new Date().toISOString())).toBeNull()
      await expect(signIn(store, { username: 'alice', password: newPassword, address: '127.0.0.3' }, new Date().toISOString())).rejects.toMatchObject({
        code: 'unauthenticated',
      })
      expect((await runCli(['user', 'enable', 'alice'], env)).code).toBe(0)
      expect((await userOfToken(store, token.token, new Date().toISOString()))?.name).toBe('alice')
    } finally {
      await store.close()
    }
  })

  it('says in one line what was wrong', async () => {
    const taken = await runCli(['user', 'add', 'bob', '--role', 'viewer'], env)
    expect(taken.code).toBe(1)
    expect(taken.err).toMatch(/^communique: error: a user named "bob" already exists/)
    const role = await runCli(['user', 'add', 'carol', '--role', 'boss'], env)
    expect(role.code).toBe(2)
    const unknown = await runCli(['user', 'passwd', 'nobody'], env)
    expect(unknown.code).toBe(1)
    expect(unknown.err.split('\n')).toHaveLength(1)
    const name = await runCli(['user', 'add', 'bad name', '--role', 'viewer'], env)
    expect(name.code).toBe(2)
  })
})
