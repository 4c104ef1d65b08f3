import { Writable } from 'stream';
import { winston } from '@strapi/logger';
import type { Core } from '@strapi/strapi';

/**
 * Records every line Strapi's logger emits, at every level, through a winston transport of its own,
 * so a test can prove a secret never reaches a log.
 */
export const captureLogs = (strapi: Core.Strapi) => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const transport = new winston.transports.Stream({ stream, level: 'silly', format: winston.format.json() });
  const logger = strapi.log as unknown as { add(t: unknown): void; remove(t: unknown): void; level: string };
  const previousLevel = logger.level;
  logger.level = 'silly';
  logger.add(transport);
  return {
    text: () => lines.join(''),
    stop() {
      logger.remove(transport);
      logger.level = previousLevel;
    },
  };
};
