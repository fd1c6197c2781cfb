/** `npm start`: the console chat (no DISCORD_TOKEN) or the Discord bot. */
console.log('预算问答机器人：答题引擎尚未完成（见 issue 4），console chat 与 Discord bot 将在其后启用。');
