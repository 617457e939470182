import { stemLatinWord } from './stem-latin-word.js';

// Words that carry no topic. Han single characters that are particles, and function words of en/de/fr/it/es.
// Kept short on purpose: BM25's IDF already discounts frequent words; this list only stops them from counting
// as "covered" when the confidence is computed (a "wir oder TikTok?" must not weigh like a topic). Negations stay
// out ("nicht veröffentlicht" is an answer), and so do the words for "when" (wann, quando, cuando), as "when" does in
// English: they tell a launch-date question from a why-launched one. The tokenizer stems words, so each word is here
// as typed and as stemmed (so no word here may stem like a content word: "merci" would take "merce", "bien" would
// take "biens"/"bienes"). The list shapes the index's tokens and vectors: bump TOKENIZER_VERSION
// (create-tokenizer.ts) when it changes.
const WORDS = [
    // zh
    '的', '了', '是', '吗', '呢', '吧', '啊', '呀', '么', '嘛', '在', '和', '与', '及', '或', '也', '都', '就', '还', '又',
    '我', '我们', '你', '你们', '他', '她', '它', '他们', '这', '那', '这个', '那个', '哪', '哪个', '哪些', '什么',
    '怎样', '怎么样', '几', '请问', '一下', '可以', '能', '能不能', '可不可以', '是不是', '有没有', '会',
    '要', '需要', '吗？', '个', '些', '把', '被', '对', '给', '让', '从', '到', '为', '以', '之', '其', '该', '啥', '咋',
    '嗯', '哦', '哈', '呗', '有', '没有', '做', '想', '问', '问下', '大家', '知道', '现在', '目前', '一个',
    '具体', '另外', '这边', '那边', '听说',
    // Greetings and asides of group chats ("各位老板", "群里有人知道…吗"), and "what percent" (百分之多少).
    '各位', '老板', '老板们', '大佬', '大佬们', '老铁', '老铁们', '请教', '群里', '有人', '有没有人', '百分之', '到底', '究竟',
    // The connectives and hedges of chat Chinese ("是不是因为我们…就可以先不管了"): no topic in any of them.
    '因为', '所以', '然后', '而且', '但是', '不过', '就是', '先', '再', '已经', '一直', '比较', '非常', '特别', '真的', '感觉',
    '觉得', '好像', '应该', '随便', '平时', '最近', '这种', '那种', '这样', '那样', '的话', '其实', '反正', '不管', '一起', '还是',
    '或者', '如果',
    // en
    'a', 'an', 'the', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'i', 'we', 'you', 'my', 'our',
    'your', 'it', 'its', 'this', 'that', 'these', 'those', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with',
    'and', 'or', 'if', 'so', 'as', 'what', 'which', 'whom', 'can', 'could',
    'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'have', 'has', 'had', 'there', 'their', 'they', 'me',
    'us', 'any', 'some', 'about', 'tell', 'please', 'pls', 'plz', 'hi', 'hello', 'hey', 'know', 'anyone', 'guys', 'get',
    'much', 'many', 'into', 'than', 'then', 'also', 'just', 'really', 'need', 'needs', 'want', 'u', 'ur', 're', 's',
    'under', 'over', 'out', 'up', 'down', 'very', 'more', 'most', 'such', 'only', 'still', 'yet', 'per', 'via', 'here',
    'does', 'doe', 'did', 'done', 'am', 'being', 'these', 'those', 'them', 'him', 'her', 'his', 'she', 'he', 'i\'m',
    // Hedges and fillers of chat English ("how long do they have to send stuff back, actually?").
    'actually', 'basically', 'quick', 'thanks', 'thx', 'folks', 'someone', 'something', 'anything', 'thing', 'things', 'stuff',
    'like', 'though', 'anyway', 'wondering', 'curious', 'sure', 'probably', 'maybe', 'btw',
    // de
    'der', 'die', 'das', 'und', 'ist', 'ein', 'eine', 'wie', 'was', 'wer', 'ich', 'wir', 'fur', 'mit', 'auf',
    'den', 'dem', 'des', 'zu', 'im', 'es', 'kann', 'konnen', 'gibt', 'bei',
    'oder', 'auch', 'nur', 'noch', 'schon', 'mal', 'man', 'uns', 'unser', 'unsere', 'unseren', 'mein', 'meine', 'meinen',
    'hat', 'haben', 'habe', 'sind', 'wird', 'werden', 'wurde', 'ob', 'aber', 'dass', 'vom', 'zum', 'zur', 'am', 'an', 'als',
    'aus', 'sich', 'sie', 'ihr', 'dann', 'wenn', 'da', 'einen', 'einem', 'einer', 'eigentlich', 'jetzt', 'bitte', 'denn',
    'doch', 'ja', 'hallo', 'leute', 'jemand', 'weiss', 'gibts', 'dieses', 'diese', 'dieser', 'diesen', 'euch', 'eure',
    'mache', 'machen', 'macht', 'uberhaupt', 'genau', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'mich',
    'mir', 'dich', 'dir', 'okay', 'ok', 'muss', 'musst', 'mussen',
    // A chat's preamble and fillers: "kurze Frage", "moin zusammen", "grad".
    'von', 'kurz', 'kurze', 'frage', 'grad', 'gerade', 'zusammen', 'moin', 'servus', 'nen', 'ne', 'halt', 'eh',
    'ehrlich', 'gesagt', 'irgendwie', 'eben', 'einfach', 'danke', 'vielleicht', 'echt', 'bisschen', 'wirklich', 'jemanden', 'jemandem',
    // fr
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'est', 'que', 'qui', 'quoi', 'quel', 'quelle', 'quels',
    'quelles', 'comment', 'pour', 'dans', 'sur', 'je', 'nous', 'vous', 'il', 'au', 'aux', 'ce', 'ca', 'peut', 'on',
    'exactement', 'concretement', 'justement', 'maintenant', 'bon', 'ben', 'moins',
    'ou', 'mais', 'donc', 'en', 'ne', 'se', 'sa', 'son', 'ses', 'mon', 'ma', 'mes', 'nos', 'notre', 'votre', 'vos', 'leur',
    'leurs', 'elle', 'ils', 'elles', 'y', 'ai', 'avez', 'avons', 'ont', 'sont', 'si', 'avec', 'par', 'aussi',
    'bonjour', 'salut', 'svp', 'alors', 'cette', 'cet', 'ces', 'moi', 'toi', 'lui', 'jusqu', 'lorsqu', 'puisqu',
    'faire', 'fais', 'fait', 'tu', 'ete', 'doit', 'dois', 'doivent',
    'petite', 'question', 'rapide', 'coucou', 'hello', 'voila', 'vraiment', 'bref', 'trop', 'hyper',
    // it
    'il', 'lo', 'gli', 'di', 'da', 'e', 'che', 'cosa', 'come', 'quale', 'quali', 'per', 'con', 'su', 'sono',
    'esattamente', 'concretamente', 'adesso', 'almeno', 'allora', 'dunque', 'beh', 'vabbe',
    'del', 'della', 'dei', 'noi', 'io', 'posso', 'possiamo',
    'o', 'ma', 'se', 'ci', 'ne', 'una', 'uno', 'nel', 'nella', 'nei', 'negli', 'alla', 'ai', 'agli', 'dal', 'dalla',
    'sul', 'sulla', 'dell', 'nell', 'all', 'sull', 'quest', 'mi', 'ti', 'si', 'ha', 'hanno', 'abbiamo', 'ho', 'siamo',
    'anche', 'solo', 'ancora', 'gia', 'qualcuno', 'ciao', 'grazie', 'mio', 'mia', 'nostro', 'nostra', 'nostri',
    'vostro', 'questo', 'questa', 'quello', 'quella', 'sa', 'sai', 'fare', 'faccio', 'fa', 'deve', 'devo', 'devono',
    'domanda', 'veloce', 'domandina', 'raga', 'ragazzi', 'salve', 'cioe', 'praticamente', 'davvero', 'scusate', 'scusa',
    // es
    'el', 'los', 'las', 'y', 'es', 'que', 'como', 'cual', 'cuales', 'para', 'por', 'con', 'en', 'se',
    'exactamente', 'ahora', 'bueno', 'pues', 'debe', 'debo', 'deben',
    'yo', 'nosotros', 'puedo', 'podemos', 'del', 'al',
    'u', 'pero', 'unos', 'unas', 'lo', 'le', 'les', 'me', 'te', 'nos', 'mi', 'mis', 'su', 'sus', 'nuestro', 'nuestra',
    'nuestros', 'tengo', 'tenemos', 'tiene', 'son', 'esta', 'estan', 'este', 'esto', 'ese', 'esa', 'eso', 'muy',
    'tambien', 'ya', 'hola', 'gracias', 'alguien', 'sabe', 'saben', 'hay', 'hacer', 'hago', 'hace',
    'pregunta', 'rapida', 'preguntita', 'buenas', 'gente', 'oye', 'porfa', 'entonces', 'realmente',
    // "vale, ¿y qué hace la plataforma?", "va bene, allora…", "cool. anything…": an acknowledgement asks nothing.
    'alright', 'cool', 'nice', 'great', 'vale', 'genial', 'perfecto', 'bene', 'perfetto', 'parfait', 'super',
    // "here", "even though": where and how the seller asks, not what.
    'aqui', 'aca', 'aunque', 'ici',
];

export const STOPWORDS = new Set([...WORDS, ...WORDS.map(stemLatinWord)]);
