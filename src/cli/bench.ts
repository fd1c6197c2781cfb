/** npm run bench — not built yet. */
console.error('npm run bench：尚未实现（见项目 issues）。');
process.exitCode = 1;
