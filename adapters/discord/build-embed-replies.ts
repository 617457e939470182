import { EmbedBuilder, escapeMarkdown, type APIEmbedField, type ActionRowBuilder, type ButtonBuilder } from 'discord.js';
import type { ReplyPayload } from './reply-payload.js';
import { splitText } from './split-text.js';

// Discord limits: description 4096, field value 1024, field name 256, footer 2048, 25 fields, 6000 per message.
const DESCRIPTION_MAX = 4000;
const FIELD_VALUE_MAX = 1024;
const FIELD_NAME_MAX = 256;
const FOOTER_MAX = 2048;
const MESSAGE_EMBED_MAX = 6000;
const MAX_FIELDS = 25;

export const COLORS = { answer: 0x5865f2, uncertain: 0xf1c40f, abstain: 0x95a5a6, problem: 0xe67e22, ok: 0x2ecc71 } as const;

export interface EmbedPlan {
  /** Plain text: escaped here, so knowledge or user text cannot turn into markdown. */
  text: string;
  /** Values are markdown already (the builders escape what they insert). */
  fields?: APIEmbedField[];
  footer?: string;
  color: number;
  /** Buttons go on the last message, under the part they rate. */
  components?: Array<ActionRowBuilder<ButtonBuilder>>;
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  // A surrogate pair cut in half would show as a broken glyph.
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

function fieldsSize(fields: APIEmbedField[], footer: string | undefined): number {
  return fields.reduce((n, f) => n + f.name.length + f.value.length, 0) + (footer?.length ?? 0);
}

/** Turns a plan into messages of one embed each: the text split at natural boundaries, the fields and footer last. */
export function buildEmbedReplies(plan: EmbedPlan): ReplyPayload[] {
  const fields = (plan.fields ?? [])
    .filter((f) => f.value.trim().length > 0)
    .slice(0, MAX_FIELDS)
    .map((f) => ({ name: clip(f.name, FIELD_NAME_MAX), value: clip(f.value, FIELD_VALUE_MAX), inline: f.inline }));
  const footer = plan.footer ? clip(plan.footer, FOOTER_MAX) : undefined;
  const pieces = splitText(escapeMarkdown(plan.text), DESCRIPTION_MAX);

  const embeds = pieces.map((piece) => new EmbedBuilder().setColor(plan.color).setDescription(piece));
  const tail = fieldsSize(fields, footer);
  const last = embeds.at(-1);
  const lastLength = pieces.at(-1)?.length ?? 0;
  // The fields ride on the last text piece unless together they would pass the per-message limit.
  const host = last && lastLength + tail <= MESSAGE_EMBED_MAX ? last : new EmbedBuilder().setColor(plan.color);
  if (host !== last) {
    if (fields.length === 0 && !footer) host.setDescription('…');
    embeds.push(host);
  }
  if (fields.length > 0) host.addFields(fields);
  if (footer) host.setFooter({ text: footer });

  return embeds.map((embed, i) => ({ embeds: [embed], components: i === embeds.length - 1 ? (plan.components ?? []) : [] }));
}
