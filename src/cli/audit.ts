/** npm run audit — not built yet. */
console.error('npm run audit：尚未实现（见项目 issues）。');
process.exitCode = 1;
