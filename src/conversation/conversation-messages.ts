import type { Lang } from '../contract/types.js';

interface ConversationMessages {
  /** The opening line of a follow-up's answer: how the bot read it, so a wrong reading shows. */
  readingAs(question: string): string;
  /** The opening line of a tool result recomputed from the previous one. */
  recomputed: string;
  /** The opening line of an eligibility result shown again for "what do we still need?". */
  stillNeeded: string;
  /** The opening line of an eligibility check that also uses facts the asker gave in earlier messages. */
  earlierFacts: string;
  /** A follow-up with nothing to follow. */
  nothingToFollow: string;
  reset: string;
  /** A correction naming a market the bot does not know ("sorry, I meant Narnia"). */
  unknownMarket(name: string): string;
  /** After a tool's question for a missing input: the next message may hold only that input. */
  pendingKept: string;
}

const MESSAGES: Record<Lang, ConversationMessages> = {
  zh: {
    readingAs: (q) => `按此理解：${q}`,
    recomputed: '按你上一次的数据重新计算，改动已代入（全部输入见下）。',
    stillNeeded: '按你上一次提供的情况，还差的条件见下面的 ❌ 和 ❔ 项（每项后面有建议）。',
    earlierFacts: '结合你前面消息里说的情况一起判断（全部信息见下，有误请指出）。',
    nothingToFollow: '我不确定你接着问的是哪个问题（之前的对话已结束或超时）。请把问题完整地再发一次。',
    reset: '好的，之前的对话已清空，请提出新问题。',
    unknownMarket: (n) => `我不认识“${n}”这个站点。TikTok Shop欧洲本地托管目前报道的是德国、法国、意大利、西班牙四国；请告诉我是哪一个。`,
    pendingKept: '只回复缺的那一项就行，你前面发的信息我都记着。',
  },
  en: {
    readingAs: (q) => `Reading this as: ${q}`,
    recomputed: 'Recomputed from your previous inputs with the change applied (all inputs below).',
    stillNeeded: 'From the facts you gave last time, what is still missing is marked ❌ or ❔ below, each with what to do.',
    earlierFacts: 'Checked together with what you told me in your earlier messages (all facts below; correct me if one is wrong).',
    nothingToFollow: "I'm not sure which question this follows (the earlier conversation ended or timed out). Please ask it in full.",
    reset: 'Done: the earlier conversation is forgotten. Ask a new question any time.',
    unknownMarket: (n) => `I don't know a market called "${n}". Local Hosting is reported for Germany, France, Italy and Spain; which one did you mean?`,
    pendingKept: 'You can reply with just that: I keep what you already sent.',
  },
  de: {
    readingAs: (q) => `Verstanden als: ${q}`,
    recomputed: 'Neu berechnet mit Ihren vorherigen Angaben und der Änderung (alle Eingaben unten).',
    stillNeeded: 'Nach Ihren letzten Angaben fehlt noch, was unten mit ❌ oder ❔ markiert ist, jeweils mit dem nächsten Schritt.',
    earlierFacts: 'Geprüft zusammen mit Ihren Angaben aus den vorigen Nachrichten (alle Angaben unten; korrigieren Sie mich, wenn etwas nicht stimmt).',
    nothingToFollow: 'Ich weiß nicht genau, an welche Frage das anschließt (das vorherige Gespräch ist beendet oder abgelaufen). Bitte stellen Sie die Frage vollständig.',
    reset: 'Erledigt: Das bisherige Gespräch ist vergessen. Stellen Sie gern eine neue Frage.',
    unknownMarket: (n) => `Einen Markt „${n}“ kenne ich nicht. Local Hosting wird für Deutschland, Frankreich, Italien und Spanien gemeldet; welchen meinen Sie?`,
    pendingKept: 'Sie können einfach nur das schicken: Ihre übrigen Angaben behalte ich.',
  },
  fr: {
    readingAs: (q) => `Compris comme : ${q}`,
    recomputed: 'Recalculé avec vos données précédentes et la modification (toutes les entrées ci-dessous).',
    stillNeeded: 'D’après vos dernières informations, ce qui manque encore est marqué ❌ ou ❔ ci-dessous, avec la marche à suivre.',
    earlierFacts: 'Vérifié avec ce que vous m’avez dit dans vos messages précédents (toutes les informations ci-dessous ; corrigez-moi si l’une est fausse).',
    nothingToFollow: "Je ne sais pas à quelle question cela fait suite (la conversation précédente est terminée ou a expiré). Posez votre question en entier, s'il vous plaît.",
    reset: "C'est fait : la conversation précédente est oubliée. Posez une nouvelle question quand vous voulez.",
    unknownMarket: (n) => `Je ne connais pas de marché « ${n} ». Le Local Hosting est annoncé pour l’Allemagne, la France, l’Italie et l’Espagne ; lequel vouliez-vous dire ?`,
    pendingKept: 'Vous pouvez répondre juste avec ça : je garde ce que vous avez déjà envoyé.',
  },
  it: {
    readingAs: (q) => `Interpretato come: ${q}`,
    recomputed: 'Ricalcolato con i tuoi dati precedenti e la modifica (tutti i dati qui sotto).',
    stillNeeded: 'In base ai dati che mi hai dato, quello che manca ancora è segnato con ❌ o ❔ qui sotto, con cosa fare.',
    earlierFacts: 'Verificato insieme a quello che mi hai detto nei messaggi precedenti (tutti i dati qui sotto; correggimi se qualcosa non va).',
    nothingToFollow: 'Non so a quale domanda si riferisca (la conversazione precedente è finita o scaduta). Scrivi la domanda per intero, per favore.',
    reset: 'Fatto: la conversazione precedente è dimenticata. Fai pure una nuova domanda.',
    unknownMarket: (n) => `Non conosco un mercato «${n}». Il Local Hosting è indicato per Germania, Francia, Italia e Spagna; quale intendevi?`,
    pendingKept: 'Basta rispondere solo con quello: il resto che hai scritto lo tengo.',
  },
  es: {
    readingAs: (q) => `Entendido como: ${q}`,
    recomputed: 'Recalculado con tus datos anteriores y el cambio (todos los datos abajo).',
    stillNeeded: 'Según los datos que diste, lo que aún falta está marcado con ❌ o ❔ abajo, con lo que hay que hacer.',
    earlierFacts: 'Comprobado junto con lo que me dijiste en tus mensajes anteriores (todos los datos abajo; corrígeme si alguno no es correcto).',
    nothingToFollow: 'No sé a qué pregunta se refiere (la conversación anterior terminó o caducó). Escribe la pregunta completa, por favor.',
    reset: 'Hecho: la conversación anterior está olvidada. Haz una nueva pregunta cuando quieras.',
    unknownMarket: (n) => `No conozco un mercado «${n}». El Local Hosting se indica para Alemania, Francia, Italia y España; ¿cuál querías decir?`,
    pendingKept: 'Basta con responder solo eso: guardo lo que ya enviaste.',
  },
};

export function conversationMessages(lang: Lang): ConversationMessages {
  return MESSAGES[lang];
}
