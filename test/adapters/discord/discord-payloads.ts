// Raw Discord API payloads (as the gateway delivers them) turned into discord.js structures and emitted on a real
// Client that never logs in.
import {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ClientUser,
  Guild,
  Message,
  type Client,
  type OmitPartialGroupDMChannel,
} from 'discord.js';

export const BOT_ID = '100000000000000001';
export const APP_ID = BOT_ID;
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
/** A public thread under CHANNEL_ID: a channel of its own. */
export const THREAD_ID = '310000000000000001';
export const USER_ID = '500000000000000001';
/** Permission bits as strings: SendMessages only, and ManageGuild. */
export const MEMBER_PERMISSIONS = '2048';
export const MANAGER_PERMISSIONS = '2080';

let seq = 0;
const nextId = (): string => (BigInt('700000000000000000') + BigInt(++seq)).toString();

const user = (id = USER_ID, bot = false) => ({ id, username: bot ? 'faq-bot' : `user${id.slice(-3)}`, discriminator: '0', global_name: null, avatar: null, bot });

/** Gives the client what login would: its own user, and a cached guild with one text channel. */
export function prepareClient(client: Client): void {
  client.user = Reflect.construct(ClientUser, [client, user(BOT_ID, true)]) as ClientUser;
  const guild = Reflect.construct(Guild, [
    client,
    {
      id: GUILD_ID,
      name: 'Sellers',
      preferred_locale: 'en-US',
      roles: [{ id: GUILD_ID, name: '@everyone', permissions: MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false }],
      channels: [{ id: CHANNEL_ID, type: 0, name: 'ask-here', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
      threads: [
        {
          id: THREAD_ID,
          type: 11,
          name: 'fees',
          guild_id: GUILD_ID,
          parent_id: CHANNEL_ID,
          owner_id: USER_ID,
          thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: '2026-01-01T00:00:00.000Z', locked: false },
          message_count: 0,
          member_count: 1,
        },
      ],
      members: [],
      emojis: [],
      stickers: [],
    },
  ]) as Guild;
  client.guilds.cache.set(GUILD_ID, guild);
}

interface InteractionOpts {
  locale?: string;
  permissions?: string;
  userId?: string;
  /** Another server than the default test guild. */
  guildId?: string;
  roles?: string[];
}

function base(type: number, opts: InteractionOpts) {
  const id = nextId();
  return {
    id,
    token: `tok-${id}`,
    type,
    application_id: APP_ID,
    version: 1,
    locale: opts.locale ?? 'en-US',
    guild_locale: 'en-US',
    guild_id: opts.guildId ?? GUILD_ID,
    channel: { id: CHANNEL_ID, type: 0 },
    channel_id: CHANNEL_ID,
    member: {
      user: user(opts.userId),
      roles: opts.roles ?? [],
      permissions: opts.permissions ?? MEMBER_PERMISSIONS,
      joined_at: '2026-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': opts.guildId ?? GUILD_ID },
    context: 0,
  };
}

export type Option = { name: string; type: number; value: string | number | boolean; focused?: boolean };
/** Option type numbers of the Discord API. */
export const OPT = { string: 3, boolean: 5, number: 10 } as const;

export function emitCommand(client: Client, name: string, options: Option[], opts: InteractionOpts = {}): { token: string } {
  const raw = { ...base(2, opts), data: { id: nextId(), name, type: 1, options } };
  client.emit('interactionCreate', Reflect.construct(ChatInputCommandInteraction, [client, raw]) as ChatInputCommandInteraction);
  return { token: raw.token };
}

export function emitAutocomplete(client: Client, name: string, options: Option[], opts: InteractionOpts = {}): { token: string } {
  const raw = { ...base(4, opts), data: { id: nextId(), name, type: 1, options } };
  client.emit('interactionCreate', Reflect.construct(AutocompleteInteraction, [client, raw]) as AutocompleteInteraction);
  return { token: raw.token };
}

export function emitButton(client: Client, customId: string, opts: InteractionOpts = {}): { token: string } {
  const message = rawMessage({ author: user(BOT_ID, true), content: '' });
  const raw = { ...base(3, opts), message, data: { custom_id: customId, component_type: 2 } };
  client.emit('interactionCreate', Reflect.construct(ButtonInteraction, [client, raw]) as ButtonInteraction);
  return { token: raw.token };
}

interface MessageOpts {
  content: string;
  author?: ReturnType<typeof user>;
  mentions?: Array<ReturnType<typeof user>>;
  replyTo?: Record<string, unknown>;
  /** Another channel than CHANNEL_ID (a thread). */
  channelId?: string;
  /** Message components as the API sends them (action rows of buttons). */
  components?: unknown[];
}

function rawMessage(opts: MessageOpts) {
  return {
    id: nextId(),
    channel_id: opts.channelId ?? CHANNEL_ID,
    guild_id: GUILD_ID,
    type: opts.replyTo ? 19 : 0,
    content: opts.content,
    author: opts.author ?? user(),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: opts.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: opts.components ?? [],
    pinned: false,
    flags: 0,
    ...(opts.replyTo
      ? { message_reference: { message_id: opts.replyTo.id, channel_id: opts.channelId ?? CHANNEL_ID, guild_id: GUILD_ID }, referenced_message: opts.replyTo }
      : {}),
  };
}

export const people = { user, bot: () => user(BOT_ID, true), otherBot: () => user('600000000000000001', true) };

export function emitMessage(client: Client, opts: MessageOpts): { id: string } {
  const raw = rawMessage(opts);
  client.emit('messageCreate', Reflect.construct(Message, [client, raw]) as OmitPartialGroupDMChannel<Message>);
  return { id: raw.id };
}

/** A message the bot sent earlier, for replies to it: with the components it was sent with (an answer's buttons). */
export function botMessage(content = '', opts: { components?: unknown[]; channelId?: string } = {}): Record<string, unknown> {
  return rawMessage({ author: user(BOT_ID, true), content, ...opts });
}
