/**
 * The one explicit list of slash commands, read by the runtime (dispatch) and by deploy-commands.
 */
import {
  ApplicationCommandOptionType,
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

/** Command JSON as registered: a dataset option appears only when more than one dataset is loaded. */
export function commandPayloads(
  datasets: readonly DatasetRef[],
  list: readonly Command[] = commands,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return list.map((command) => {
    const json = command.data.toJSON();
    if (datasets.length <= 1 || command.datasetOption === false) return json;
    return { ...json, options: [...(json.options ?? []), datasetOption(datasets)] };
  });
}
