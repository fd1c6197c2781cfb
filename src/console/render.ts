/**
 * Answer → plain text for a terminal (console chat, `npm run ask`). Nothing is cut: the console is
 * where the complete answer lives. Control characters are dropped so no text can drive the terminal.
 */
import type { Answer } from '../core/answer/types.js';
import { citations, datasetLabels, figureLine, unstatedFigures } from '../core/present.js';

// C0/C1 controls except \n, and bidi overrides.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function plain(text: string): string {
  return text.replace(CONTROL, '');
}

export interface TextRenderOptions {
  /** Number the suggestions so the console chat can take "1" for the first (default true). */
  numberSuggestions?: boolean;
}

/**
 * Title, how a follow-up was understood, the answer's lines (each figure as "label：value", plus any
 * figure they do not state), then "出处：" with each distinct source detail once and the computations,
 * the dataset, and the suggestions.
 */
export function renderAnswerText(answer: Answer, options: TextRenderOptions = {}): string {
  const out: string[] = [`【${plain(answer.title)}】`];
  if (answer.interpretation) out.push(`（${plain(answer.interpretation)}）`);
  out.push(...answer.lines.map(plain), ...unstatedFigures(answer).map((f) => plain(figureLine(f))));
  const cited = citations(answer);
  const datasets = datasetLabels(answer);
  if (cited.length > 0 || datasets.length > 0) out.push('');
  if (cited.length > 0) out.push('出处：', ...cited.map((c) => `  · ${plain(c)}`));
  if (datasets.length > 0) out.push(`数据：${plain(datasets.join('；'))}`);
  if (answer.suggestions.length > 0) {
    const numbered = options.numberSuggestions ?? true;
    out.push('', numbered ? '接着问（输入编号即可）：' : '接着可以问：');
    answer.suggestions.forEach((s, i) => out.push(numbered ? `  ${i + 1}. ${plain(s)}` : `  · ${plain(s)}`));
  }
  return out.join('\n');
}
