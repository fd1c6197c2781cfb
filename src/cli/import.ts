/** npm run import — not built yet. */
console.error('npm run import：尚未实现（见项目 issues）。');
process.exitCode = 1;
