// Test-only preload (node --import): SIGUSR2 makes an unhandled promise rejection inside the bot's process,
// so a test can check that one never takes the bot down.
process.on('SIGUSR2', () => {
  Promise.reject(new Error('injected unhandled rejection'));
});
