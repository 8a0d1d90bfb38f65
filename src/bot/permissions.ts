import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { BotConfig } from '../config/config.ts';

/** Who is asking, as far as the admin check cares. */
export interface Requester {
  userId: string;
  roleIds: readonly string[];
  /** Whether the member has Manage Server in this server (false outside a server). */
  canManageServer: boolean;
}

/**
 * Whether someone may run `/reload`. The command is registered with Manage Server as its default permission, but a
 * server owner can open it to anyone in the integration settings, so the bot checks again itself: Manage Server, or
 * a role or user configured in ADMIN_ROLE_IDS / ADMIN_USER_IDS.
 */
export function isReloadAdmin(
  who: Requester,
  config: Pick<BotConfig, 'adminRoleIds' | 'adminUserIds'>,
): boolean {
  return (
    who.canManageServer ||
    config.adminUserIds.includes(who.userId) ||
    who.roleIds.some((id) => config.adminRoleIds.includes(id))
  );
}

/** Reads the {@link Requester} from an interaction; `member` is a cached GuildMember or raw API JSON. */
export function requesterOf(
  interaction: Pick<ChatInputCommandInteraction, 'user' | 'member' | 'memberPermissions'>,
): Requester {
  const roles = interaction.member?.roles;
  return {
    userId: interaction.user.id,
    roleIds: roles === undefined ? [] : Array.isArray(roles) ? roles : [...roles.cache.keys()],
    canManageServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}
