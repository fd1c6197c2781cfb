/**
 * Discord's documented payload limits, checked the way Discord checks them (the fake server answers a
 * breach with 400 / 50035 "Invalid Form Body", naming each problem). Independent of the bot's own
 * limits in src/discord/render.ts, so a wrong constant there cannot hide a breach here.
 *
 * Sources: developer docs → Message (content), Embed limits, Message components (action rows,
 * buttons), Interaction response (autocomplete), Application commands (naming, options).
 */

type Json = Record<string, unknown>;

const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Problems with a message body (create, edit, interaction response data). `partial`: an edit. */
export function messageProblems(body: unknown, { partial = false, files = 0 } = {}): string[] {
  const p: string[] = [];
  if (!isObj(body)) return ['body must be a JSON object'];
  if (len(body.content) > 2000) p.push(`content: ${len(body.content)} > 2000`);
  const embeds = arr(body.embeds);
  if (embeds.length > 10) p.push(`embeds: ${embeds.length} > 10`);
  let total = 0;
  embeds.forEach((e, i) => {
    if (!isObj(e)) return void p.push(`embeds[${i}]: not an object`);
    const at = `embeds[${i}]`;
    if (len(e.title) > 256) p.push(`${at}.title: ${len(e.title)} > 256`);
    if (len(e.description) > 4096) p.push(`${at}.description: ${len(e.description)} > 4096`);
    const fields = arr(e.fields);
    if (fields.length > 25) p.push(`${at}.fields: ${fields.length} > 25`);
    fields.forEach((f, j) => {
      const field = isObj(f) ? f : {};
      if (len(field.name) < 1 || len(field.name) > 256)
        p.push(`${at}.fields[${j}].name: length ${len(field.name)}`);
      if (len(field.value) < 1 || len(field.value) > 1024)
        p.push(`${at}.fields[${j}].value: length ${len(field.value)}`);
      total += len(field.name) + len(field.value);
    });
    const footer = isObj(e.footer) ? e.footer : {};
    if (len(footer.text) > 2048) p.push(`${at}.footer.text: ${len(footer.text)} > 2048`);
    const author = isObj(e.author) ? e.author : {};
    if (len(author.name) > 256) p.push(`${at}.author.name: ${len(author.name)} > 256`);
    total += len(e.title) + len(e.description) + len(footer.text) + len(author.name);
  });
  if (total > 6000) p.push(`embeds: ${total} characters in total > 6000`);
  const rows = arr(body.components);
  if (rows.length > 5) p.push(`components: ${rows.length} rows > 5`);
  const ids = new Set<string>();
  rows.forEach((r, i) => {
    const row = isObj(r) ? r : {};
    if (row.type !== 1) p.push(`components[${i}]: not an action row`);
    const items = arr(row.components);
    if (items.length < 1 || items.length > 5) p.push(`components[${i}]: ${items.length} components (1–5)`);
    items.forEach((b, j) => {
      const button = isObj(b) ? b : {};
      const at = `components[${i}].components[${j}]`;
      if (button.type !== 2) return;
      if (button.style !== 5) {
        const id = typeof button.custom_id === 'string' ? button.custom_id : '';
        if (id.length < 1 || id.length > 100) p.push(`${at}.custom_id: length ${id.length} (1–100)`);
        if (ids.has(id)) p.push(`${at}.custom_id: duplicate ${JSON.stringify(id)}`);
        ids.add(id);
      }
      if (len(button.label) > 80) p.push(`${at}.label: ${len(button.label)} > 80`);
    });
  });
  const attachments = arr(body.attachments);
  if (attachments.length > 10) p.push(`attachments: ${attachments.length} > 10`);
  if (files > 10) p.push(`files: ${files} > 10`);
  if (!partial) {
    const empty =
      len(body.content) === 0 && embeds.length === 0 && rows.length === 0 && files === 0 && !body.poll;
    if (empty) p.push('Cannot send an empty message');
  }
  return p;
}

/** Problems with an autocomplete result (interaction response type 8). */
export function choicesProblems(data: unknown): string[] {
  const choices = arr(isObj(data) ? data.choices : undefined);
  const p: string[] = [];
  if (choices.length > 25) p.push(`choices: ${choices.length} > 25`);
  choices.forEach((c, i) => {
    const choice = isObj(c) ? c : {};
    if (len(choice.name) < 1 || len(choice.name) > 100)
      p.push(`choices[${i}].name: length ${len(choice.name)}`);
    const value = choice.value;
    if (typeof value === 'string' && value.length > 100) p.push(`choices[${i}].value: ${value.length} > 100`);
  });
  return p;
}

/** Chat-input command and option names: 1–32 lower-case letters, digits, "-" or "_" (any script). */
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function describedProblems(at: string, o: Json, p: string[]): void {
  if (typeof o.name !== 'string' || !NAME.test(o.name))
    p.push(`${at}.name: ${JSON.stringify(o.name)} is not a valid name`);
  if (len(o.description) < 1 || len(o.description) > 100)
    p.push(`${at}.description: length ${len(o.description)} (1–100)`);
  for (const [locale, name] of Object.entries(isObj(o.name_localizations) ? o.name_localizations : {}))
    if (typeof name !== 'string' || !NAME.test(name)) p.push(`${at}.name_localizations.${locale}: invalid`);
  for (const [locale, d] of Object.entries(
    isObj(o.description_localizations) ? o.description_localizations : {},
  ))
    if (len(d) < 1 || len(d) > 100)
      p.push(`${at}.description_localizations.${locale}: length ${len(d)} (1–100)`);
}

function optionsProblems(at: string, options: unknown[], p: string[]): void {
  if (options.length > 25) p.push(`${at}.options: ${options.length} > 25`);
  let optionalSeen = false;
  const names = new Set<string>();
  options.forEach((raw, i) => {
    const o = isObj(raw) ? raw : {};
    const here = `${at}.options[${i}]`;
    describedProblems(here, o, p);
    if (typeof o.name === 'string') {
      if (names.has(o.name)) p.push(`${here}.name: duplicate`);
      names.add(o.name);
    }
    if (o.type === 1 || o.type === 2) optionsProblems(here, arr(o.options), p);
    else if (o.required === true && optionalSeen)
      p.push(`${here}: required options must be placed before optional options`);
    else if (o.required !== true) optionalSeen = true;
    const choices = arr(o.choices);
    if (choices.length > 25) p.push(`${here}.choices: ${choices.length} > 25`);
    if (choices.length > 0 && o.autocomplete === true) p.push(`${here}: choices and autocomplete together`);
    choices.forEach((c, j) => {
      const choice = isObj(c) ? c : {};
      if (len(choice.name) < 1 || len(choice.name) > 100)
        p.push(`${here}.choices[${j}].name: length ${len(choice.name)}`);
      if (typeof choice.value === 'string' && choice.value.length > 100)
        p.push(`${here}.choices[${j}].value: ${choice.value.length} > 100`);
    });
    if (typeof o.max_length === 'number' && (o.max_length < 1 || o.max_length > 6000))
      p.push(`${here}.max_length: out of 1–6000`);
  });
}

/** Problems with a bulk-overwrite body of chat-input commands. */
export function commandsProblems(body: unknown): string[] {
  const list = arr(body);
  const p: string[] = [];
  if (!Array.isArray(body)) return ['body must be an array of commands'];
  if (list.length > 100) p.push(`commands: ${list.length} > 100`);
  const names = new Set<string>();
  list.forEach((raw, i) => {
    const c = isObj(raw) ? raw : {};
    const at = `[${i}]`;
    describedProblems(at, c, p);
    if (typeof c.name === 'string') {
      if (names.has(c.name)) p.push(`${at}.name: duplicate ${c.name}`);
      names.add(c.name);
    }
    if (
      c.default_member_permissions !== undefined &&
      c.default_member_permissions !== null &&
      !/^\d+$/.test(String(c.default_member_permissions))
    )
      p.push(`${at}.default_member_permissions: not a permission bit set`);
    optionsProblems(at, arr(c.options), p);
  });
  return p;
}
