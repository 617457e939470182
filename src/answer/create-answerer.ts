import { randomUUID } from 'node:crypto';
import type { AnswerFn, AnswerRequest, AnswerResult, Lang, SourceRef } from '../contract/types.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { detectLang } from '../lang/detect-lang.js';
import type { RetrievalUnit } from '../retrieval/build-units.js';
import type { Candidate, Retriever } from '../retrieval/create-retriever.js';
import { withSourcesLine } from './format-sources-line.js';
import { messagesFor } from './messages.js';
import type { ToolRouter } from '../contract/ports.js';
import { isGreeting, sanitizeQuestion } from './sanitize-question.js';
import { baseConfidence, selectCandidate, TERM_PENALTY } from './select-candidate.js';

export interface AnswererOptions {
  /** Below this confidence the bot says it does not know. */
  threshold: number;
  /** Longer questions are cut (with a note). */
  maxChars: number;
  /** Facts not verified for this many days are shown with a "may be outdated" note. */
  staleAfterDays?: number;
}

export interface AnswererDeps {
  kb: KnowledgeBase;
  retriever: Retriever;
  toolRouter?: ToolRouter;
  options: AnswererOptions;
  newId?: () => string;
  now?: () => Date;
}

interface RenderedUnit {
  body: string;
  /** The body is in the asker's language (otherwise English, and the reply says so once). */
  translated: boolean;
  sources: SourceRef[];
  unknown: boolean;
  uncertain: boolean;
  verified: string;
}

/**
 * The best other candidate that is about a topic the first answer left out (the rare term is in its heading or a
 * paraphrase, and in its answer). It only has to answer its part of the question, so half the threshold will do.
 */
function findComplement(candidates: Candidate[], best: Candidate, missingTerms: string[], threshold: number): Candidate | undefined {
  return candidates
    .filter(
      (c) =>
        c.unit.group !== best.unit.group &&
        !c.unit.faq?.unknown &&
        c.headlineTerms.some((t) => missingTerms.includes(t) && c.coveredTerms.includes(t)) &&
        baseConfidence(c) >= threshold / 2,
    )
    .sort((a, b) => baseConfidence(b) - baseConfidence(a))[0];
}

function dedupeSources(sources: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

export interface Answerer {
  answer: AnswerFn;
}

export function createAnswerer(deps: AnswererDeps): Answerer {
  const { kb, retriever, toolRouter, options } = deps;
  const newId = deps.newId ?? (() => randomUUID());
  const now = deps.now ?? (() => new Date());
  const isStale = (verified: string) =>
    options.staleAfterDays !== undefined && now().getTime() - Date.parse(verified) > options.staleAfterDays * 86_400_000;
  const titles = new Map<string, { date: string; title: Partial<Record<Lang, string>>; url?: string }>();
  for (const a of kb.articles) {
    const entry = titles.get(a.group) ?? { date: a.effective, title: {}, url: a.sources[0]?.url };
    entry.title[a.lang] = a.title;
    titles.set(a.group, entry);
  }
  for (const r of kb.rulesPassages) {
    const entry = titles.get(r.id) ?? { date: r.date, title: {} };
    entry.title[r.lang] = r.title;
    titles.set(r.id, entry);
  }

  const sourceRef = (group: string, lang: Lang, date?: string): SourceRef => {
    const t = titles.get(group);
    const title = t?.title[lang] ?? t?.title.en ?? t?.title.zh ?? group;
    return { id: group, title, date: date ?? t?.date ?? '', ...(t?.url ? { url: t.url } : {}) };
  };

  const result = (lang: Lang, fields: Partial<AnswerResult> & Pick<AnswerResult, 'text' | 'route'>): AnswerResult => ({
    id: newId(),
    lang,
    sources: [],
    tool: null,
    abstained: false,
    confidence: 0,
    body: fields.text,
    ...fields,
  });

  /** The same article in the reply language: the candidate section if retrieved, else the aligned one. */
  const inLang = (unit: RetrievalUnit, lang: Lang, candidates: Candidate[]): RetrievalUnit => {
    if (unit.kind === 'faq' || unit.lang === lang) return unit;
    const want: Lang = lang === 'zh' ? 'zh' : 'en';
    if (unit.lang === want) return unit;
    const sameGroup = candidates.find((c) => c.unit.group === unit.group && c.unit.lang === want);
    if (sameGroup) return sameGroup.unit;
    const prefix = unit.kind === 'article' ? `art:${unit.group}.${want}#` : `rules:${unit.group}.${want}`;
    return (
      retriever.unit(`${prefix}${unit.kind === 'article' ? unit.order : ''}`) ??
      retriever.units.find((u) => u.id.startsWith(prefix)) ??
      unit
    );
  };

  /** The reply text of one unit in the asker's language, with its sources. */
  const renderUnit = (unit: RetrievalUnit, lang: Lang): RenderedUnit => {
    if (unit.faq) {
      return {
        body: unit.faq.answer[lang] ?? (lang === 'zh' ? unit.faq.answer.zh : unit.faq.answer.en),
        translated: unit.faq.answer[lang] !== undefined || lang === 'zh' || lang === 'en',
        sources: unit.faq.sources.map((s) => sourceRef(s, lang === 'zh' ? 'zh' : 'en', unit.faq!.asOf)),
        unknown: unit.faq.unknown,
        uncertain: unit.uncertain,
        verified: unit.verified,
      };
    }
    return {
      body: unit.text,
      translated: unit.lang === lang,
      sources: [sourceRef(unit.group, unit.lang, unit.date)],
      unknown: false,
      uncertain: unit.uncertain,
      verified: unit.verified,
    };
  };

  return {
    async answer(req: AnswerRequest): Promise<AnswerResult> {
      const fallbackLang = req.lang ?? req.chatLang ?? 'en';
      const clean = sanitizeQuestion(req.text ?? '', options.maxChars);
      if (!clean.ok) {
        const lang = req.lang ?? req.chatLang;
        // With no language to go on, say it in both of the languages most sellers read.
        const text = lang
          ? messagesFor(lang)[clean.reason === 'empty' ? 'empty' : 'noText']
          : `${messagesFor('zh')[clean.reason === 'empty' ? 'empty' : 'noText']}\n${messagesFor('en')[clean.reason === 'empty' ? 'empty' : 'noText']}`;
        return result(lang ?? 'en', { text, route: 'invalid' });
      }
      const lang = req.lang ?? detectLang(clean.text, fallbackLang);
      const m = messagesFor(lang);

      const note = clean.truncated ? `${m.truncated(options.maxChars)}\n\n` : '';

      if (isGreeting(clean.text)) return result(lang, { text: m.greeting, route: 'greeting', confidence: 1 });

      const tool = toolRouter?.route(clean.text, lang);
      if (tool) {
        return result(lang, {
          text: note + tool.text,
          route: 'tool',
          tool: tool.tool,
          toolResult: tool.toolResult,
          sources: tool.sources,
          confidence: 1,
        });
      }

      const { candidates, judgedShare, terms } = await retriever.retrieve(clean.text, 15, { lang });
      const selection = selectCandidate(candidates, judgedShare);
      // A question with two topics ("WEEE and packaging law") gets the passage for the second one too, when one
      // names it; otherwise the missing topic keeps the confidence down.
      const missingTerms = selection ? terms.filter((t) => !selection.best.coveredTerms.includes(t)) : [];
      const second = selection && missingTerms.length > 0 ? findComplement(candidates, selection.best, missingTerms, options.threshold) : undefined;
      const confidence = !selection
        ? 0
        : second
          ? Math.min(1, selection.confidence / TERM_PENALTY ** missingTerms.filter((t) => second.headlineTerms.includes(t)).length)
          : selection.confidence;
      if (!selection || confidence < options.threshold) {
        return result(lang, {
          text: note + m.abstain,
          route: 'abstain',
          abstained: true,
          confidence,
        });
      }

      const first = renderUnit(inLang(selection.best.unit, lang, candidates), lang);
      const inEnglish = (parts: RenderedUnit[]) => (parts.every((p) => p.translated) ? '' : `${m.englishOnly}\n`);
      if (first.unknown) {
        return result(lang, {
          ...withSourcesLine(note + inEnglish([first]) + first.body, lang, first.sources),
          route: 'abstain',
          abstained: true,
          sources: first.sources,
          confidence,
          uncertain: true,
        });
      }
      const parts = second ? [first, renderUnit(inLang(second.unit, lang, candidates), lang)] : [first];
      const sources = dedupeSources(parts.flatMap((p) => p.sources));
      const uncertain = parts.some((p) => p.uncertain);
      const stale = parts.map((p) => p.verified).filter(isStale).sort()[0];
      let body = inEnglish(parts) + parts.map((p) => (p.uncertain ? `${m.uncertain}\n${p.body}` : p.body)).join('\n\n');
      if (stale) body = `${body}\n${m.stale(stale)}`;
      return result(lang, {
        ...withSourcesLine(note + body, lang, sources),
        ...(stale ? { stale: true } : {}),
        route: selection.best.unit.kind === 'faq' ? 'faq' : 'passage',
        sources,
        confidence,
        ...(uncertain ? { uncertain: true } : {}),
      });
    },
  };
}
