/**
 * Answer → Discord message payload. This module owns every Discord limit and enforces it; when it
 * has to cut, it says so in the message. All text from the engine or the user is escaped (markdown,
 * masked links, mentions), and every payload carries `allowedMentions: { parse: [] }`.
 */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type MessageMentionTypes,
} from 'discord.js';
import type { AutocompleteChoice } from '../core/engine.js';
import type { Answer, AnswerKind } from '../core/answer/types.js';
import { citations, datasetLabels, figureLine, unstatedFigures } from '../core/present.js';
import { tourCustomId } from './controls.js';
import { suggestionCustomIds, type SuggestionStore } from './suggestions.js';

/** Discord's limits (UTF-16 code units, which never undercount characters). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Suggestion buttons per answer: one row, leaving rows for other controls. */
export const MAX_SUGGESTION_BUTTONS = 5;
export const TRUNCATION_NOTE = '…（内容过长，已截断，完整答案请用 /ask 或控制台）';
export const CHART_FILE = 'chart.png';

export interface AllowedMentions {
  parse: MessageMentionTypes[];
}
export const NO_MENTIONS: AllowedMentions = { parse: [] };

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Fits interaction reply, editReply, followUp and message reply/send alike. */
export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  files?: { attachment: Buffer; name: string }[];
  allowedMentions: AllowedMentions;
  flags?: MessageFlags.Ephemeral;
}

export interface ExtraButton {
  customId: string;
  label: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
}

export interface RenderOptions {
  /** Where long suggestion custom_ids are kept; without it such buttons are left out. */
  suggestions?: SuggestionStore;
  /** The dataset the question was asked against, carried by the suggestion buttons. */
  datasetId?: string;
  /** PNG bytes of `answer.chart`, attached as chart.png and shown as the embed image. */
  chart?: Buffer;
  /** Why the answer's chart is not attached (queue full, timeout…): said under the answer. */
  chartLeftOut?: string;
  /** Controls other than suggestions (tour next/previous, quiz options), laid out after them. */
  buttons?: readonly ExtraButton[];
  ephemeral?: boolean;
}

// C0/C1 controls except \n, and bidi overrides that could reorder a figure's digits.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text as Discord shows it literally: no markdown, masked links or mentions survive. */
export function safeText(text: string): string {
  const plain = text.replace(/\t/g, ' ').replace(CONTROL, '');
  const escaped = escapeMarkdown(plain, { heading: true, bulletedList: true, numberedList: true })
    // Every "[", not only the first of a line: discord.js's maskedLink option matches "[…](…)" greedily,
    // so a second link on the same line stayed live. Backslashes are already doubled by escapeMarkdown.
    .replaceAll('[', '\\[');
  return escaped.replace(/@(everyone|here)/g, '@\u200b$1').replace(/<(@[!&]?|#|\/)/g, '<\u200b$1');
}

/**
 * Cut `text` to at most `max` code units, ending with `tail`; never splits a surrogate pair or leaves
 * a dangling escape backslash.
 */
export function clip(text: string, max: number, tail = '…'): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const room = Math.max(0, max - tail.length);
  let head = text.slice(0, room);
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  const backslashes = /\\*$/.exec(head)?.[0].length ?? 0;
  if (backslashes % 2 === 1) head = head.slice(0, -1);
  return { text: `${head}${tail}`.slice(0, max), cut: true };
}

const COLOURS: Partial<Record<AnswerKind, number>> = {
  not_found: 0x9ca3af,
  out_of_scope: 0x9ca3af,
  empty: 0x9ca3af,
  ambiguous: 0xd97706,
  audit: 0xd97706,
};
const DEFAULT_COLOUR = 0x2563eb;

/** The embed field that cites an answer's sources (continued in further fields when long). */
export const SOURCES_FIELD = '来源 · Sources';
export const SOURCES_FIELD_MORE = '来源（续） · Sources (cont.)';

/** Body: how a follow-up was understood (italic), the answer's lines, any figure they do not state. */
function bodyText(answer: Answer): string {
  return [
    ...(answer.interpretation ? [`*${safeText(answer.interpretation)}*`] : []),
    ...answer.lines.map(safeText),
    ...unstatedFigures(answer).map((f) => safeText(figureLine(f))),
  ].join('\n');
}

/** Citations packed into fields of at most 1024 characters, one citation per line; `cut` if one was clipped. */
function citationFields(answer: Answer): { fields: APIEmbedField[]; cut: boolean } {
  const fields: APIEmbedField[] = [];
  let cut = false;
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    fields.push({
      name: fields.length === 0 ? SOURCES_FIELD : SOURCES_FIELD_MORE,
      value: current.join('\n'),
    });
    current = [];
  };
  for (const citation of citations(answer)) {
    const line = clip(`· ${safeText(citation)}`, LIMITS.fieldValue);
    cut ||= line.cut;
    if ([...current, line.text].join('\n').length > LIMITS.fieldValue) flush();
    current.push(line.text);
  }
  flush();
  return { fields, cut };
}

function footerText(answer: Answer): string {
  // Footers are plain text (no markdown), but bidi overrides could still reorder what they show.
  return clip(datasetLabels(answer).join('；').replace(CONTROL, ''), LIMITS.footer).text;
}

function fieldLength(field: APIEmbedField): number {
  return field.name.length + field.value.length;
}

/**
 * The embed for one answer, within every embed limit; says so when it cut. The description carries the
 * answer's lines (which state each figure as "label：value"); the figures' provenance is cited once in
 * the sources field(s), without repeating values; the footer names the dataset.
 */
export function renderEmbed(answer: Answer): APIEmbed {
  const title = clip(safeText(answer.title), LIMITS.title);
  const footer = footerText(answer);
  const reserve = TRUNCATION_NOTE.length + 1;
  let budget = LIMITS.embedTotal - title.text.length - footer.length - reserve;

  const { fields: sources, cut: sourceCut } = citationFields(answer);
  // The description gets what the sources leave, but never less than half of the embed.
  const sourcesLength = sources.reduce((n, f) => n + fieldLength(f), 0);
  const room = Math.max(Math.floor(budget / 2), budget - sourcesLength);
  const description = clip(bodyText(answer), Math.max(0, Math.min(LIMITS.description - reserve, room)), '');
  budget -= description.text.length;
  let cut = title.cut || description.cut || sourceCut;

  const fields: APIEmbedField[] = [];
  for (const field of sources) {
    if (fields.length >= LIMITS.fields || fieldLength(field) > budget) {
      cut = true;
      break;
    }
    budget -= fieldLength(field);
    fields.push(field);
  }

  const text = cut ? [description.text, TRUNCATION_NOTE].filter(Boolean).join('\n') : description.text;
  return {
    title: title.text || '\u200b',
    color: COLOURS[answer.kind] ?? DEFAULT_COLOUR,
    ...(text ? { description: text } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  };
}

function button(customId: string, label: string, style: ExtraButton['style'] = ButtonStyle.Secondary) {
  return {
    type: ComponentType.Button as const,
    custom_id: customId,
    label: clip(label.replace(CONTROL, '').replace(/\s+/g, ' ').trim(), LIMITS.buttonLabel).text || '…',
    style,
  } satisfies APIButtonComponentWithCustomId;
}

/** Lay buttons out in rows of 5, at most 5 rows; drops duplicates and over-long custom_ids. */
export function buttonRows(buttons: readonly APIButtonComponentWithCustomId[][]): ButtonRow[] {
  const seen = new Set<string>();
  const rows: ButtonRow[] = [];
  for (const group of buttons) {
    const ok = group.filter((b) => b.custom_id.length <= LIMITS.customId && !seen.has(b.custom_id));
    ok.forEach((b) => seen.add(b.custom_id));
    for (let i = 0; i < ok.length && rows.length < LIMITS.rows; i += LIMITS.buttonsPerRow) {
      rows.push({ type: ComponentType.ActionRow, components: ok.slice(i, i + LIMITS.buttonsPerRow) });
    }
  }
  return rows;
}

function suggestionButtons(answer: Answer, options: RenderOptions): APIButtonComponentWithCustomId[] {
  const questions = [...new Set(answer.suggestions.map((s) => s.trim()).filter(Boolean))].slice(
    0,
    MAX_SUGGESTION_BUTTONS,
  );
  const ids = suggestionCustomIds(questions, options.suggestions, options.datasetId);
  return questions.flatMap((q, i) => {
    const id = ids[i];
    return id ? [button(id, q)] : [];
  });
}

export const TOUR_PREVIOUS = '◀ 上一步';
export const TOUR_NEXT = '下一步 ▶';

/** ◀ 上一步 / 下一步 ▶ under a tour step, wherever it is shown (/tour, /ask, free text). */
function stepButtons(answer: Answer): APIButtonComponentWithCustomId[] {
  const step = answer.step;
  if (!step) return [];
  return [
    ...(step.index > 0 ? [button(tourCustomId(step.datasetId, step.index - 1), TOUR_PREVIOUS)] : []),
    ...(step.index + 1 < step.total
      ? [button(tourCustomId(step.datasetId, step.index + 1), TOUR_NEXT, ButtonStyle.Primary)]
      : []),
  ];
}

/** The line under an answer whose chart was left out: "📊 当前请求较多，图表这次没有生成；数字不受影响。" */
export function chartLeftOutLine(why: string): string {
  return `📊 ${why}；答案中的数字不受影响。`;
}

/** The whole reply for an answer: one embed, tour controls, suggestion buttons, the chart if rendered. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): DiscordPayload {
  const shown =
    options.chartLeftOut && !options.chart
      ? { ...answer, lines: [...answer.lines, chartLeftOutLine(options.chartLeftOut)] }
      : answer;
  const embed = renderEmbed(shown);
  const files = options.chart ? [{ attachment: options.chart, name: CHART_FILE }] : undefined;
  if (files) embed.image = { url: `attachment://${CHART_FILE}` };
  const extra = (options.buttons ?? []).map((b) => button(b.customId, b.label, b.style));
  return {
    embeds: [embed],
    components: buttonRows([stepButtons(answer), suggestionButtons(answer, options), extra]),
    ...(files ? { files } : {}),
    allowedMentions: NO_MENTIONS,
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** A short plain message (errors, rate limit, notices); escaped and within the content limit. */
export function renderNotice(text: string, options: { ephemeral?: boolean } = {}): DiscordPayload {
  const content = clip(safeText(text), LIMITS.content, TRUNCATION_NOTE).text;
  return {
    content,
    embeds: [],
    components: [],
    allowedMentions: NO_MENTIONS,
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Autocomplete choices as Discord takes them: ≤ 25, names clipped to 100, over-long values dropped. */
export function renderChoices(choices: readonly AutocompleteChoice[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const out: { name: string; value: string }[] = [];
  for (const choice of choices) {
    if (out.length >= LIMITS.choices) break;
    if (!choice.value || choice.value.length > LIMITS.choiceValue || seen.has(choice.value)) continue;
    seen.add(choice.value);
    const name = clip(choice.name.replace(CONTROL, '').replace(/\s+/g, ' ').trim(), LIMITS.choiceName).text;
    out.push({ name: name || choice.value.slice(0, LIMITS.choiceName), value: choice.value });
  }
  return out;
}
