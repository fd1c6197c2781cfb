/**
 * The one explicit list of slash commands, read by the runtime (dispatch) and by deploy-commands.
 */
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type APIApplicationCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import ask from '../../commands/ask.js';
import audit from '../../commands/audit.js';
import breakdown from '../../commands/breakdown.js';
import code from '../../commands/code.js';
import explain from '../../commands/explain.js';
import help from '../../commands/help.js';
import item from '../../commands/item.js';
import quiz from '../../commands/quiz.js';
import sangong from '../../commands/sangong.js';
import top from '../../commands/top.js';
import total from '../../commands/total.js';
import tour from '../../commands/tour.js';
import yoy from '../../commands/yoy.js';
import type { DatasetRef } from '../core/answer/types.js';
import { datasetLabel } from '../core/present.js';
import type { Command } from './command.js';
import { zh } from './locale.js';
import { LIMITS } from './render.js';
import { DATASET_OPTION } from './respond.js';

export const commands: readonly Command[] = [
  ask,
  item,
  total,
  yoy,
  sangong,
  breakdown,
  top,
  code,
  explain,
  tour,
  quiz,
  audit,
  help,
];

export function commandMap(list: readonly Command[] = commands): ReadonlyMap<string, Command> {
  return new Map(list.map((c) => [c.data.name, c]));
}

/** The dataset option: choices up to 25 datasets, autocomplete beyond (answered by the dispatcher). */
export function datasetOption(datasets: readonly DatasetRef[]): APIApplicationCommandStringOption {
  const base = {
    type: ApplicationCommandOptionType.String,
    name: DATASET_OPTION,
    name_localizations: zh('数据集'),
    description: '哪个部门、哪一年（默认最新） · Which department and year',
    description_localizations: zh('哪个部门、哪一年的预算（默认最新）'),
    required: false,
  } as const;
  return datasets.length <= LIMITS.choices
    ? { ...base, choices: datasets.map((d) => ({ name: datasetLabel(d).slice(0, 100), value: d.id })) }
    : { ...base, autocomplete: true };
}

/**
 * Who may use each command by default (server admins can change it under Server Settings →
 * Integrations). /audit lists every inconsistency the audit finds — long answers that are for the
 * people who publish or check the budget — so by default only members with Manage Server see it.
 * Every other command is open to everyone (null, set explicitly).
 */
export const DEFAULT_MEMBER_PERMISSIONS: Readonly<Record<string, string | null>> = {
  audit: String(PermissionFlagsBits.ManageGuild),
};

/** Command JSON as registered: a dataset option appears only when more than one dataset is loaded. */
export function commandPayloads(
  datasets: readonly DatasetRef[],
  list: readonly Command[] = commands,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return list.map((command) => {
    const base = command.data.toJSON();
    const json = {
      ...base,
      default_member_permissions: DEFAULT_MEMBER_PERMISSIONS[base.name] ?? null,
    };
    if (datasets.length <= 1 || command.datasetOption === false) return json;
    return { ...json, options: [...(json.options ?? []), datasetOption(datasets)] };
  });
}

/** The longest dataset id that fits every custom_id (tour/quiz buttons carry it) and choice value. */
export const MAX_DATASET_ID_CHARS = 64;
const DATASET_ID = /^[A-Za-z0-9][\w.-]{0,63}$/;

/** Dataset ids the Discord surface can carry: ≤ 64 characters of [A-Za-z0-9_.-]; throws naming the others. */
export function checkDatasetIds(datasets: readonly { id: string }[]): void {
  const bad = datasets.filter((d) => !DATASET_ID.test(d.id)).map((d) => d.id);
  if (bad.length > 0)
    throw new Error(
      `数据集 ID 不能用于 Discord（须为字母或数字开头、不超过 ${MAX_DATASET_ID_CHARS} 个字符的 [A-Za-z0-9_.-]）：${bad
        .map((id) => JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id))
        .join('、')}`,
    );
}
