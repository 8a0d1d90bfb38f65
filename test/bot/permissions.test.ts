import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { isReloadAdmin, requesterOf } from '../../src/bot/permissions.ts';

const config = { adminRoleIds: ['700000000000000001'], adminUserIds: ['200000000000000009'] };
const member = { userId: '200000000000000001', roleIds: [] as string[], canManageServer: false };

describe('isReloadAdmin', () => {
  it('admits Manage Server, a configured role, or a configured user — and nobody else', () => {
    expect(isReloadAdmin({ ...member, canManageServer: true }, config)).toBe(true);
    expect(isReloadAdmin({ ...member, roleIds: ['700000000000000001'] }, config)).toBe(true);
    expect(isReloadAdmin({ ...member, userId: '200000000000000009' }, config)).toBe(true);
    expect(isReloadAdmin({ ...member, roleIds: ['700000000000000002'] }, config)).toBe(false);
  });
});

describe('requesterOf', () => {
  const user = { id: '200000000000000001' };

  it('reads roles from raw API member JSON and permissions from the bitfield', () => {
    const who = requesterOf({
      user,
      member: { roles: ['700000000000000001'] },
      memberPermissions: new PermissionsBitField(PermissionFlagsBits.ManageGuild),
    } as unknown as Parameters<typeof requesterOf>[0]);
    expect(who).toEqual({ userId: user.id, roleIds: ['700000000000000001'], canManageServer: true });
  });

  it('reads roles from a cached GuildMember', () => {
    const cache = new Map([['700000000000000003', {}]]);
    const who = requesterOf({
      user,
      member: { roles: { cache } },
      memberPermissions: new PermissionsBitField(0n),
    } as unknown as Parameters<typeof requesterOf>[0]);
    expect(who.roleIds).toEqual(['700000000000000003']);
    expect(who.canManageServer).toBe(false);
  });

  it('outside a server there are no roles and no server permission', () => {
    const who = requesterOf({ user, member: null, memberPermissions: null } as unknown as Parameters<
      typeof requesterOf
    >[0]);
    expect(who).toEqual({ userId: user.id, roleIds: [], canManageServer: false });
  });
});
