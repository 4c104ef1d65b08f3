import { createSecretBox } from '../../server/src/settings/secret-box';

describe('the secret box that seals the stored token', () => {
  const box = createSecretBox('a-strapi-encryption-key-of-some-length');

  it('round-trips, and never stores the token or a trivial encoding of it', () => {
    const token = 'b1lly-t0ken-abcdef123456';
    const sealed = box.encrypt(token);
    expect(sealed).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/);
    expect(sealed).not.toContain(token);
    expect(sealed).not.toContain(Buffer.from(token).toString('base64'));
    expect(box.decrypt(sealed)).toBe(token);
  });

  it('uses a fresh IV each time', () => {
    expect(box.encrypt('same')).not.toBe(box.encrypt('same'));
  });

  it('refuses a tampered ciphertext and says what to do when the key changed', () => {
    const sealed = box.encrypt('token-1234');
    const [v, iv, tag, data] = sealed.split(':');
    const flipped = Buffer.from(data!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.decrypt([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow(/encryption key changed/);
    expect(() => createSecretBox('another-key-entirely-0000').decrypt(sealed)).toThrow(/paste the token again/);
    expect(() => box.decrypt('plain-token')).toThrow(/format/);
  });
});
