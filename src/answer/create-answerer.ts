import { randomUUID } from 'node:crypto';
import type { AnswerFn, AnswerRequest, AnswerResult, Lang, SourceRef } from '../core/types.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { detectLang } from '../lang/detect-lang.js';
import type { RetrievalUnit } from '../retrieval/build-units.js';
import type { Candidate, Retriever } from '../retrieval/create-retriever.js';
import { messagesFor } from './messages.js';
import type { RateLimiter, ToolRouter } from './ports.js';
import { isGreeting, sanitizeQuestion } from './sanitize-question.js';
import { selectCandidate } from './select-candidate.js';

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
  limiter?: RateLimiter;
  options: AnswererOptions;
  newId?: () => string;
  now?: () => Date;
}

export interface Answerer {
  answer: AnswerFn;
}

export function createAnswerer(deps: AnswererDeps): Answerer {
  const { kb, retriever, toolRouter, limiter, options } = deps;
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
    ...fields,
  });

  const footer = (lang: Lang, sources: SourceRef[]): string => {
    if (sources.length === 0) return '';
    const m = messagesFor(lang);
    const list = sources.map((s) => (lang === 'zh' ? `${s.title}（${s.date}）` : `${s.title} (${s.date})`));
    return `\n\n${m.sources}: ${list.join(m.listSeparator)}`;
  };

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

      if (limiter) {
        // Platform-prefixed so a Telegram and a Discord user with the same id never share a budget.
        const key = (id?: string) => (id === undefined ? undefined : `${req.platform ?? 'unknown'}:${id}`);
        const decision = limiter.check(key(req.user), key(req.chat));
        if (!decision.ok) return result(lang, { text: decision.firstRefusal ? m.rateLimited : '', route: 'rate-limited' });
      }
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

      const { candidates, judgedShare } = await retriever.retrieve(clean.text, 15, { lang });
      const selection = selectCandidate(candidates, judgedShare);
      if (!selection || selection.confidence < options.threshold) {
        return result(lang, {
          text: note + m.abstain,
          route: 'abstain',
          abstained: true,
          confidence: selection?.confidence ?? 0,
        });
      }

      const unit = inLang(selection.best.unit, lang, candidates);
      const replyLang: Lang = unit.kind === 'faq' ? lang : unit.lang;
      let body: string;
      let sources: SourceRef[];
      if (unit.faq) {
        const answer = unit.faq.answer[lang] ?? (lang === 'zh' ? unit.faq.answer.zh : unit.faq.answer.en);
        const translated = unit.faq.answer[lang] !== undefined || lang === 'zh' || lang === 'en';
        body = translated ? answer : `${m.englishOnly}\n${answer}`;
        sources = unit.faq.sources.map((s) => sourceRef(s, lang === 'zh' ? 'zh' : 'en', unit.faq!.asOf));
        if (unit.faq.unknown) {
          return result(lang, {
            text: note + body + footer(lang, sources),
            route: 'abstain',
            abstained: true,
            sources,
            confidence: selection.confidence,
            uncertain: true,
          });
        }
      } else {
        body = replyLang === lang ? unit.text : `${m.englishOnly}\n${unit.text}`;
        sources = [sourceRef(unit.group, replyLang, unit.date)];
      }
      if (unit.uncertain) body = `${m.uncertain}\n${body}`;
      const stale = isStale(unit.verified);
      if (stale) body = `${body}\n${m.stale(unit.verified)}`;
      return result(lang, {
        text: note + body + footer(lang, sources),
        ...(stale ? { stale: true } : {}),
        route: unit.kind === 'faq' ? 'faq' : 'passage',
        sources,
        confidence: selection.confidence,
        ...(unit.uncertain ? { uncertain: true } : {}),
      });
    },
  };
}
