/** npm run deploy-commands — not built yet. */
console.error('npm run deploy-commands：尚未实现（见项目 issues）。');
process.exitCode = 1;
