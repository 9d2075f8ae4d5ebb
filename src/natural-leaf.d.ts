// natural's root module has side effects (it reads .env and prints); framelens imports only this leaf.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro-Winkler similarity of two strings, 0..1. */
  export default function jaroWinklerDistance(s1: string, s2: string, options?: { dj?: number; ignoreCase?: boolean }): number;
}
