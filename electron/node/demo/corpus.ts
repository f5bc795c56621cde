/**
 * The fictional corpus every demo generator draws from: one seeded random
 * source, invented places (Zuiderdam, Veenhoven, Lindewaard, ...), names
 * (whimsical surnames such as Zonnebloem and Wolkenveld), organisations,
 * phone numbers (06-000...) and e-mail addresses (the reserved .example
 * domain), and the texts the cases are written from. No BSN is ever
 * generated: a random number that passes the eleven-test could belong to a
 * real person.
 *
 * Features share it so that meetings, advice and letters speak of the same
 * people and places as the cases do. Texts that only one feature uses live
 * in corpus-texts.ts.
 */

// --- seeded randomness --------------------------------------------------------

/** mulberry32: a small, fast, seedable PRNG. Not for anything secret. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    return entries[entries.length - 1]![0];
  }
  /** n distinct items, drawn by weight. */
  weightedSample<T>(entries: readonly (readonly [T, number])[], n: number): T[] {
    const pool = [...entries];
    const out: T[] = [];
    while (out.length < n && pool.length) {
      const v = this.weighted(pool);
      out.push(v);
      pool.splice(
        pool.findIndex(([x]) => x === v),
        1,
      );
    }
    return out;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    return this.weightedSample(
      items.map((i) => [i, 1] as const),
      n,
    );
  }
}

// --- fictional vocabulary -----------------------------------------------------

/** Invented municipalities, with a rough size so that some are busier than others. */
export const DEMO_MUNICIPALITIES: readonly (readonly [string, number])[] = [
  ['Zuiderdam', 18],
  ['Veenhoven', 14],
  ['Lindewaard', 12],
  ['Elzenmonde', 9],
  ['Rietvoorde', 8],
  ['Hazeloord', 7],
  ['Klaverdijk', 6],
  ['Beukenmeer', 5],
  ['Ooievaarsdal', 3],
  ['Kievitsbroek', 2],
];
export const DEMO_REGION = 'Jeugdregio Lindewaard-Veenhoven';

export const GIRLS = [
  'Sanne', 'Lotte', 'Fleur', 'Noor', 'Emma', 'Julia', 'Tess', 'Sara', 'Lieke', 'Femke', 'Isa', 'Evi', 'Mila',
  'Yara', 'Fenna', 'Nina', 'Roos', 'Amira', 'Zoë', 'Liv', 'Hanna', 'Ilse', 'Maud', 'Lina', 'Aya', 'Nova',
  'Jasmijn', 'Merel', 'Floor', 'Esmee', 'Noësja', 'Saar',
];
export const BOYS = [
  'Daan', 'Sem', 'Milan', 'Levi', 'Luuk', 'Bram', 'Thijs', 'Jesse', 'Finn', 'Noah', 'Lucas', 'Mees', 'Ties',
  'Jayden', 'Ruben', 'Stijn', 'Gijs', 'Youssef', 'Amir', 'Ravi', 'Kees', 'Olivier', 'Teun', 'Jens', 'Hidde',
  'Sven', 'Wessel', 'Rayan', 'Mats', 'Joël',
];
export const NEUTRAL = ['Sam', 'Robin', 'Kai', 'Alex', 'Noa', 'Charlie', 'Jip', 'Luca'];
export const ADULTS = [
  'Marieke', 'Esther', 'Annelies', 'Petra', 'Linda', 'Fatima', 'Sandra', 'Ingrid', 'Naima', 'Judith', 'Karin',
  'Monique', 'Wendy', 'Mirjam', 'Mark', 'Erik', 'Jeroen', 'Hassan', 'Dennis', 'Martijn', 'Patrick', 'Ronald',
  'Bas', 'Sander', 'Joost', 'Arjen', 'Mehmet', 'Willem',
];
/** Whimsical compound surnames: recognisably Dutch-sounding and recognisably made up. */
export const SURNAMES = [
  'Zonnebloem', 'Klaproosveld', 'Wolkenveld', 'Regenboogh', 'Duinroosma', 'Meidoornhof', 'Vlinderhof',
  'Zeewindt', 'Appelgaarde', 'Kastanjehout', 'Ganzenveer', 'Lijsterbes', 'Maanzaadt', 'Heidebloem',
  'Boterbloemsma', 'Walnotenberg', 'Kiezelbeek', 'Reigerhof', 'Wilgenkatje', 'Egelantier', 'Hooibergen',
  'Sterrenkamp', 'Kroosveld', 'Mosselbank', 'Lavendelhof', 'Pimpernel', 'Ooievaarsnest', 'Kikkerdril',
  'Winterkoning', 'Paddenstoel', 'Hazelaar', 'Blauwbes',
];
export const TUSSENVOEGSELS = ['', '', '', '', 'van', 'de', 'van der', 'van den', 'ter', "van 't"];

export const DAY = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export interface Person {
  first: string;
  last: string;
}

export function personName(p: Person): string {
  return `${p.first} ${p.last}`;
}

export function surname(rng: Rng): string {
  const tv = rng.pick(TUSSENVOEGSELS);
  const root = rng.pick(SURNAMES);
  return tv ? `${tv} ${root}` : root;
}

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const fakePhone = (rng: Rng) => `06-000${String(rng.int(0, 99999)).padStart(5, '0')}`;
export const fakeEmail = (first: string, last: string, org: string) =>
  `${slug(first)}.${slug(last).replace(/-/g, '')}@${slug(org).slice(0, 40) || 'demo'}.example`;
