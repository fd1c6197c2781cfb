/** npm run ask — not built yet. */
console.error('npm run ask：尚未实现（见项目 issues）。');
process.exitCode = 1;
