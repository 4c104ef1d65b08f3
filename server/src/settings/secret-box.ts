import crypto from 'crypto';

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';

/**
 * AES-256-GCM for the stored access token. The 256-bit key is derived from the configured secret
 * with SHA-256, so any reasonably long secret (Strapi's admin.secrets.encryptionKey) works.
 * Stored form: `v1:<iv>:<auth tag>:<ciphertext>`, each part base64.
 */
export const createSecretBox = (secret: string) => {
  const key = crypto.createHash('sha256').update(secret, 'utf8').digest();
  return {
    encrypt(plaintext: string): string {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv(ALGORITHM, key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
    },
    decrypt(sealed: string): string {
      const [version, iv, tag, ciphertext] = sealed.split(':');
      if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error('the stored Billy token is not in a format this plugin can read');
      const decipher = crypto.createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('the stored Billy token cannot be decrypted: the encryption key changed since it was saved — paste the token again in Settings › Billy');
      }
    },
  };
};

export type SecretBox = ReturnType<typeof createSecretBox>;
