/**
 * Answer → plain text for a terminal (console chat, `npm run ask`). Nothing is cut: the console is
 * where the complete answer lives. Control characters are dropped so no text can drive the terminal.
 */
import type { Answer } from '../core/answer/types.js';
import { datasetLabels, figureBacking, formatFigureValue, sourceLabels } from '../core/present.js';

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

export function renderAnswerText(answer: Answer, options: TextRenderOptions = {}): string {
  const out: string[] = [`【${plain(answer.title)}】`];
  if (answer.interpretation) out.push(`（${plain(answer.interpretation)}）`);
  out.push(...answer.lines.map(plain));
  if (answer.figures.length > 0) {
    out.push('');
    for (const figure of answer.figures) {
      out.push(`  ${plain(figure.label)}：${formatFigureValue(figure)}`);
      const backing = figureBacking(figure);
      if (backing) out.push(`      ${plain(backing)}`);
    }
  }
  const sources = sourceLabels(answer);
  const datasets = datasetLabels(answer);
  if (sources.length > 0 || datasets.length > 0) out.push('');
  if (sources.length > 0) out.push(`来源：${plain(sources.join('；'))}`);
  if (datasets.length > 0) out.push(`数据：${plain(datasets.join('；'))}`);
  if (answer.suggestions.length > 0) {
    const numbered = options.numberSuggestions ?? true;
    out.push('', numbered ? '接着问（输入编号即可）：' : '接着可以问：');
    answer.suggestions.forEach((s, i) => out.push(numbered ? `  ${i + 1}. ${plain(s)}` : `  · ${plain(s)}`));
  }
  return out.join('\n');
}
