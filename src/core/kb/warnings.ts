/** What the importer could not place: reported with file, line and text, never guessed. */
export interface ImportWarning {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export function formatWarning(w: ImportWarning): string {
  const t = w.text.length > 80 ? `${w.text.slice(0, 80)}…` : w.text;
  return `${w.file}:${w.line}: ${w.reason} — ${JSON.stringify(t)}`;
}
