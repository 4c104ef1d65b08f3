import type { FieldTransform } from '../../../../contracts';
import { countryNameForIso, isoForCountryName } from './countries';
import type { FieldCodec } from './types';

interface TextTransform {
  /** Strapi value → the value Billy gets */
  toBilly(text: string): string;
  /** Billy value → the value Strapi gets, so a pulled value reads back as the same Billy value */
  toStrapi(text: string): string;
}

const same = (text: string) => text;

/**
 * The fixed set a custom mapping pair may name. A name or code the country tables do not know is
 * passed on unchanged, so Billy's own validation names the bad value instead of a silent blank.
 */
export const TRANSFORMS: Record<FieldTransform, TextTransform> = {
  trim: { toBilly: (text) => text.trim(), toStrapi: same },
  upperCase: { toBilly: (text) => text.toUpperCase(), toStrapi: same },
  lowerCase: { toBilly: (text) => text.toLowerCase(), toStrapi: same },
  countryNameToIso: {
    toBilly: (text) => isoForCountryName(text) ?? text,
    toStrapi: (text) => countryNameForIso(text) ?? text,
  },
  isoToCountryName: {
    toBilly: (text) => countryNameForIso(text) ?? text,
    toStrapi: (text) => isoForCountryName(text) ?? text,
  },
};

const onText = (value: unknown, change: (text: string) => string): unknown => (typeof value === 'string' ? change(value) : value);

/** The codec with the pair's transform around it: applied on the way to Billy, undone on the way back. */
export const withTransform = (codec: FieldCodec, transform: FieldTransform | undefined): FieldCodec => {
  if (!transform) return codec;
  const { toBilly, toStrapi } = TRANSFORMS[transform];
  return {
    toBilly: (doc, pair, ctx) => onText(codec.toBilly(doc, pair, ctx), toBilly),
    toStrapi: (value, pair, ctx) => codec.toStrapi(onText(value, toStrapi), pair, ctx),
  };
};
