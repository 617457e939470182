import type { IndexDoc } from './build-units.js';

export interface LexicalHit {
  docId: string;
  unitId: string;
  score: number;
}

export interface LexicalIndex {
  /** `expansions` are glossary terms from other languages, weighted below the asker's own words. */
  search(tokens: string[], expansions: string[], k: number): LexicalHit[];
  /** What `loadLexicalIndex` needs to rebuild this index without segmenting a document. */
  toData(): LexicalIndexData;
}

/** The index as saved: the posting lists are little-endian Uint32 arrays in base64 (fast to read back). */
export interface LexicalIndexData {
  terms: string[];
  /** Term i's postings are pairs (document, term frequency) from offsets[i] to offsets[i + 1] (in pairs). */
  offsets: string;
  postings: string;
  /** Distinct terms per document (what BM25 calls the field length). */
  fieldLengths: string;
  avgFieldLength: number;
  /** Terms in more than COMMON_TERM_SHARE of the documents. */
  commonTerms: string[];
}

const COMMON_TERM_SHARE = 0.2;
// MiniSearch's defaults, which the weights and thresholds were tuned with.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

interface Postings {
  termIndex: Map<string, number>;
  offsets: Uint32Array;
  postings: Uint32Array;
  fieldLengths: Uint32Array;
  avgFieldLength: number;
}

/**
 * BM25 over jieba words, CJK bigrams and folded Latin words, from each document's tokens (computed once per document
 * by the caller, which needs them for the confidence measure too).
 *
 * The scoring is MiniSearch 7's, as the bot used it (one field, exact terms, OR, per-term boosts, the score times the
 * number of query terms a document matched, ties in first-hit order): test/retrieval/lexical-index.test.ts checks
 * both give the same hits and scores. Own posting arrays instead of MiniSearch's maps of maps because they load from
 * disk in a few milliseconds (MiniSearch's `loadJS` took a quarter of a second) and hold a fraction of the memory.
 */
export function createLexicalIndex(docs: IndexDoc[], tokensOf: (doc: IndexDoc, i: number) => string[]): LexicalIndex {
  const termIndex = new Map<string, number>();
  const lists: number[][] = [];
  const fieldLengths = new Uint32Array(docs.length);
  let avgFieldLength = 0;
  docs.forEach((doc, d) => {
    const tokens = tokensOf(doc, d);
    const tf = new Map<number, number>();
    for (const t of tokens) {
      let id = termIndex.get(t);
      if (id === undefined) {
        id = lists.length;
        termIndex.set(t, id);
        lists.push([]);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    fieldLengths[d] = tf.size;
    // The running mean exactly as MiniSearch keeps it, so the floating-point value (and every score) is the same.
    avgFieldLength = (avgFieldLength * d + tf.size) / (d + 1);
    for (const [id, n] of tf) lists[id]!.push(d, n);
  });
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length / 2));
  const postings = new Uint32Array(offsets[lists.length]! * 2);
  lists.forEach((l, i) => postings.set(l, offsets[i]! * 2));
  return wrap(docs, { termIndex, offsets, postings, fieldLengths, avgFieldLength });
}

/** The index saved by `toData`, for the same documents. */
export function loadLexicalIndex(data: LexicalIndexData, docs: IndexDoc[]): LexicalIndex {
  return wrap(docs, {
    termIndex: new Map(data.terms.map((t, i) => [t, i])),
    offsets: fromBase64(data.offsets),
    postings: fromBase64(data.postings),
    fieldLengths: fromBase64(data.fieldLengths),
    avgFieldLength: data.avgFieldLength,
  });
}

function wrap(docs: IndexDoc[], index: Postings): LexicalIndex {
  const { termIndex, offsets, postings, fieldLengths, avgFieldLength } = index;
  const n = docs.length;
  const documentFrequency = (id: number) => offsets[id + 1]! - offsets[id]!;
  // Terms in a large share of the documents ("local hosting" in a Local Hosting FAQ) add almost nothing to BM25 but
  // make the search score most of the index; the question's rarer words carry the ranking.
  const common = new Set<string>();
  for (const [t, id] of termIndex) if (documentFrequency(id) > n * COMMON_TERM_SHARE) common.add(t);

  // Scratch space reused by every search (searches are synchronous): one slot per document instead of a map entry
  // and two objects per hit, which were most of what a question allocated.
  const scores = new Float64Array(n);
  const matched = new Uint32Array(n);
  const hitOrder = new Uint32Array(n);
  const final = new Float64Array(n);

  /** The `k` best documents, best first; equal scores in the order the documents were first hit. */
  const scoreTerms = (terms: string[], boostOf: (t: string) => number, k: number): Array<{ doc: number; score: number }> => {
    let hits = 0;
    terms.forEach((term, i) => {
      const id = termIndex.get(term);
      if (id === undefined) return;
      const boost = boostOf(term);
      const first = terms.indexOf(term) === i;
      const matching = documentFrequency(id);
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      for (let p = offsets[id]! * 2, end = offsets[id + 1]! * 2; p < end; p += 2) {
        const doc = postings[p]!;
        const tf = postings[p + 1]!;
        const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * fieldLengths[doc]!) / avgFieldLength)));
        const score = boost * raw;
        if (matched[doc] === 0) {
          hitOrder[hits++] = doc;
          scores[doc] = score;
          matched[doc] = 1;
        } else {
          scores[doc] = scores[doc]! + score;
          if (first) matched[doc]!++;
        }
      }
    });
    // The k best by a bounded insertion (k is 60, the hits up to every document): a later hit passes an earlier one
    // only with a strictly higher score, which keeps equal scores in first-hit order.
    const top = new Uint32Array(Math.min(k, hits));
    let size = 0;
    for (let h = 0; h < hits; h++) {
      const doc = hitOrder[h]!;
      const value = scores[doc]! * matched[doc]!;
      final[h] = value;
      scores[doc] = 0;
      matched[doc] = 0;
      if (size === top.length && !(value > final[top[size - 1]!]!)) continue;
      let j = size < top.length ? size++ : size - 1;
      while (j > 0 && value > final[top[j - 1]!]!) {
        top[j] = top[j - 1]!;
        j--;
      }
      top[j] = h;
    }
    const out: Array<{ doc: number; score: number }> = [];
    for (let r = 0; r < size; r++) out.push({ doc: hitOrder[top[r]!]!, score: final[top[r]!]! });
    return out;
  };

  return {
    toData: () => ({
      terms: [...termIndex.keys()],
      offsets: toBase64(offsets),
      postings: toBase64(postings),
      fieldLengths: toBase64(fieldLengths),
      avgFieldLength,
      commonTerms: [...common],
    }),
    search(tokens, expansions, k) {
      if (tokens.length === 0 && expansions.length === 0) return [];
      const rare = tokens.filter((t) => !common.has(t));
      const own = new Set(rare.length > 0 ? rare : tokens);
      const extra = expansions.filter((t) => !own.has(t) && !common.has(t));
      // Expansions together weigh about one and a half of the asker's words, however many synonyms the glossary has:
      // they help a zh question reach en text without drowning the words that make the question specific.
      const expansionBoost = extra.length > 0 ? Math.min(0.4, 1.5 / extra.length) : 0;
      // No fuzzy matching: the retriever corrects misspelt words against the vocabulary before it searches.
      const results = scoreTerms([...own, ...extra], (term) => (own.has(term) ? 1 : expansionBoost), k);
      return results.map((r) => ({ docId: docs[r.doc]!.id, unitId: docs[r.doc]!.unitId, score: r.score }));
    },
  };
}

function toBase64(array: Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied into its own buffer: Buffer.from may hand back a slice of a shared pool at any alignment.
  const out = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
