/**
 * A Strapi e-mail provider that sends nothing and keeps every message, for the alert tests: the
 * playground loads it with EMAIL_PROVIDER=<this file's path>; the test reads `sent` by requiring
 * the same file (one module instance per jest test file).
 */
const sent = [];

module.exports = {
  sent,
  init() {
    return {
      async send(options) {
        sent.push(options);
      },
    };
  },
};
