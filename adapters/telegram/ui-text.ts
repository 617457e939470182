import type { UiLang } from './ui-lang.js';

export type MenuCommand = 'ask' | 'eligibility' | 'margin' | 'reset' | 'autoanswer' | 'help';

/** The adapter's own words; answers and tool results come from the core. */
export interface UiText {
  /** /start and /help: what the bot answers and how to ask it, in Telegram terms. */
  help: string;
  /** The command menu (setMyCommands), one description per command. */
  menu: Record<MenuCommand, string>;
  sources: string;
  asOf: string;
  thanks: string;
  feedbackFailed: string;
  askManager: string;
  handoverSent: string;
  /** Telegram did not take the notice yet; it is kept and retried. */
  handoverQueued: string;
  /** No notice reached anyone. */
  handoverFailed: string;
  handoverAlready: string;
  handoverNone: string;
  handoverNotice: (who: string) => string;
  handoverManagers: string;
  handoverForwarded: (who: string, where: string) => string;
  handoverQuestion: string;
  privateChat: string;
  autoAnswerOn: string;
  autoAnswerOff: string;
  autoAnswerStatus: (on: boolean) => string;
  autoAnswerAdminOnly: string;
  adminOnly: string;
  autoAnswerGroupOnly: string;
  marginUsage: string;
  eligibilityTitle: string;
  eligibilityAsk: Record<'entityCountry' | 'hasEuStock' | 'warehouseCountry' | 'vatCountries', string>;
  eligibilityExpired: string;
  eligibilityNotYours: string;
  yes: string;
  no: string;
  other: string;
  otherEu: string;
  outsideEu: string;
  back: string;
  done: string;
  noneVat: string;
  slowDown: string;
}

const MARGIN_EXAMPLE = '/margin price=29.99 market=DE cost=8 inbound=1.5 fulfillment=3 affiliate=10%';

const zh: UiText = {
  help: [
    '您好！我回答 TikTok Shop 欧洲“本地托管”及全托管、品牌托管的问题，每条回答都附来源和规则生效日期；没有把握时我会直说，并可以帮您找管理员。',
    '',
    '• 私聊直接提问；在群里用 /ask、@我 或回复我的消息提问。',
    '• 可以接着问（“那法国呢？”），我会按你上一个问题理解；/reset 清空对话，重新开始。',
    '• /eligibility：一步步检查本地托管入驻资格。',
    '• /margin price=29.99 market=DE cost=8：计算利润、利润率和保本价。',
    '• 回答下方的 👍 / 👎 会告诉社区管理员哪里需要改进。',
    '试试：“本地托管需要什么条件？”',
  ].join('\n'),
  menu: {
    ask: '提问：本地托管、全托管、品牌托管',
    eligibility: '一步步检查本地托管入驻资格',
    margin: '利润计算：/margin price=29.99 market=DE cost=8',
    reset: '清空对话，重新开始',
    autoanswer: '群管理员：/autoanswer on|off 自动回答',
    help: '机器人能回答什么',
  },
  sources: '来源',
  asOf: '截至',
  thanks: '谢谢',
  feedbackFailed: '这条回答已无法评价',
  askManager: '🙋 找管理员 / Ask a manager',
  handoverSent: '已通知管理员',
  handoverQueued: 'Telegram 暂时无法发送通知，稍后会自动重试。',
  handoverFailed: '通知没有发出去，请直接联系群管理员。',
  handoverAlready: '已经通知过管理员了',
  handoverNone: '这里没有配置管理员，请直接联系群管理员。',
  handoverNotice: (who) => `🙋 ${who} 需要人工帮助，请管理员看一下上面的问题。`,
  handoverManagers: '管理员：',
  handoverForwarded: (who, where) => `🙋 转人工：${who}（${where}）`,
  handoverQuestion: '问题：',
  privateChat: '私聊',
  autoAnswerOn: '已开启自动回答：本群中明确的问题（以 ? ？ 吗 呢 结尾）在把握足够时会自动回答。',
  autoAnswerOff: '已关闭自动回答：只有 @我、回复我或 /ask 时才回答。',
  autoAnswerStatus: (on) => `自动回答目前${on ? '已开启' : '已关闭'}。管理员可用 /autoanswer on 或 /autoanswer off 切换。`,
  autoAnswerAdminOnly: '抱歉，只有群管理员可以切换自动回答。',
  adminOnly: '抱歉，这个命令只对群管理员或机器人管理员开放。',
  autoAnswerGroupOnly: '自动回答只用于群组；私聊中每条消息都会被回答。',
  marginUsage: `用法：/margin 售价 成本 站点 …，例如：\n${MARGIN_EXAMPLE}\n也可以直接写：/margin 德国站售价29.99欧，成本8欧，头程1.5欧`,
  eligibilityTitle: '本地托管资格自查',
  eligibilityAsk: {
    entityCountry: '你的公司（主体）注册在哪里？',
    hasEuStock: '货物已经在欧洲了吗？',
    warehouseCountry: '货在哪个国家的仓库？',
    vatCountries: '你在哪些国家注册了VAT？（可多选，选好后点“完成”）',
  },
  eligibilityExpired: '这次自查已过期，请重新发送 /eligibility',
  eligibilityNotYours: '这是别人的自查，请自己发送 /eligibility',
  yes: '是',
  no: '否',
  other: '其他',
  otherEu: '其他欧盟国家',
  outsideEu: '欧盟以外',
  back: '« 返回',
  done: '完成',
  noneVat: '都没有',
  slowDown: '您发得太快了，请稍等片刻再试。',
};

const en: UiText = {
  help: [
    "Hi! I answer questions about TikTok Shop Europe's Local Hosting (本地托管), Full Hosting and Brand Hosting, with sources and the date each rule holds from. When I am not sure I say so, and I can call a manager for you.",
    '',
    '• Ask right here, or in a group with /ask, an @mention or a reply to me.',
    '• Follow-ups ("and for Italy?") are read against your previous question; /reset starts over.',
    '• /eligibility checks Local Hosting eligibility step by step.',
    '• /margin price=29.99 market=DE cost=8 works out profit, margin and break-even price.',
    '• 👍 / 👎 under an answer tell the community managers what to fix.',
    'Try: "What are the requirements for Local Hosting?"',
  ].join('\n'),
  menu: {
    ask: 'Ask about Local Hosting, Full Hosting, Brand Hosting',
    eligibility: 'Check Local Hosting eligibility step by step',
    margin: 'Margin calculator: /margin price=29.99 market=DE cost=8',
    reset: 'Forget the conversation and start over',
    autoanswer: 'Group admins: /autoanswer on|off',
    help: 'What this bot answers',
  },
  sources: 'Sources',
  asOf: 'as of',
  thanks: 'Thanks',
  feedbackFailed: 'This answer can no longer be rated',
  askManager: '🙋 Ask a manager / 找管理员',
  handoverSent: 'A manager has been notified',
  handoverQueued: 'Telegram is not taking the notice right now; it will be sent as soon as it does.',
  handoverFailed: 'The notice could not be sent; please contact a group admin directly.',
  handoverAlready: 'A manager was already notified',
  handoverNone: 'No manager is configured here; please contact a group admin directly.',
  handoverNotice: (who) => `🙋 ${who} needs a human: managers, please look at the question above.`,
  handoverManagers: 'Managers: ',
  handoverForwarded: (who, where) => `🙋 Handover: ${who} (${where})`,
  handoverQuestion: 'Question: ',
  privateChat: 'private chat',
  autoAnswerOn: 'Auto-answer is on: clear questions in this group (ending in ? ？ 吗 呢) get an answer when I am confident enough.',
  autoAnswerOff: 'Auto-answer is off: I answer only when mentioned, replied to, or asked with /ask.',
  autoAnswerStatus: (on) => `Auto-answer is ${on ? 'on' : 'off'}. Admins switch it with /autoanswer on or /autoanswer off.`,
  autoAnswerAdminOnly: 'Sorry, only group admins can switch auto-answer.',
  adminOnly: "Sorry, this command is for group admins and the bot's admins only.",
  autoAnswerGroupOnly: 'Auto-answer is for groups; in a private chat I answer every message.',
  marginUsage: `Usage: /margin with price, cost and market, for example:\n${MARGIN_EXAMPLE}\nFree text works too: /margin selling price 29.99 EUR in Germany, cost 8 EUR`,
  eligibilityTitle: 'Local Hosting eligibility check',
  eligibilityAsk: {
    entityCountry: 'Where is your company (legal entity) registered?',
    hasEuStock: 'Is your stock already in Europe?',
    warehouseCountry: 'Which country is your warehouse in?',
    vatCountries: 'Where are you registered for VAT? (pick all that apply, then Done)',
  },
  eligibilityExpired: 'This check has expired; send /eligibility again',
  eligibilityNotYours: "This is someone else's check; send /eligibility to start your own",
  yes: 'Yes',
  no: 'No',
  other: 'Other',
  otherEu: 'Other EU country',
  outsideEu: 'Outside the EU',
  back: '« Back',
  done: 'Done',
  noneVat: 'None',
  slowDown: 'You are sending commands too quickly; please wait a moment.',
};

const de: UiText = {
  help: [
    'Hallo! Ich beantworte Fragen zu Local Hosting (本地托管), Full Hosting und Brand Hosting von TikTok Shop Europa, mit Quellen und dem Datum, ab dem eine Regel gilt. Wenn ich mir nicht sicher bin, sage ich das und hole auf Wunsch einen Manager dazu.',
    '',
    '• Fragen Sie direkt hier, oder in einer Gruppe mit /ask, einer @Erwähnung oder einer Antwort auf meine Nachricht.',
    '• Anschlussfragen („und für Italien?“) beziehe ich auf Ihre vorige Frage; /reset fängt neu an.',
    '• /eligibility prüft Schritt für Schritt, ob Sie für Local Hosting zugelassen werden.',
    '• /margin price=29.99 market=DE cost=8 berechnet Gewinn, Marge und Break-even-Preis.',
    '• 👍 / 👎 unter einer Antwort zeigen den Community-Managern, was zu verbessern ist.',
    'Zum Beispiel: „Welche Voraussetzungen gelten für Local Hosting?“',
  ].join('\n'),
  menu: {
    ask: 'Fragen zu Local Hosting, Full Hosting, Brand Hosting',
    eligibility: 'Zulassung für Local Hosting Schritt für Schritt prüfen',
    margin: 'Margenrechner: /margin price=29.99 market=DE cost=8',
    reset: 'Gespräch vergessen und neu beginnen',
    autoanswer: 'Gruppen-Admins: /autoanswer on|off',
    help: 'Was dieser Bot beantwortet',
  },
  sources: 'Quellen',
  asOf: 'Stand',
  thanks: 'Danke',
  feedbackFailed: 'Diese Antwort kann nicht mehr bewertet werden',
  askManager: '🙋 Manager fragen',
  handoverSent: 'Ein Manager wurde benachrichtigt',
  handoverQueued: 'Telegram nimmt die Benachrichtigung gerade nicht an; sie wird gesendet, sobald es wieder geht.',
  handoverFailed: 'Die Benachrichtigung konnte nicht gesendet werden; bitte wenden Sie sich direkt an einen Gruppen-Admin.',
  handoverAlready: 'Ein Manager wurde bereits benachrichtigt',
  handoverNone: 'Hier ist kein Manager eingerichtet; bitte wenden Sie sich direkt an einen Gruppen-Admin.',
  handoverNotice: (who) => `🙋 ${who} braucht einen Menschen: Manager, bitte seht euch die Frage oben an.`,
  handoverManagers: 'Manager: ',
  handoverForwarded: (who, where) => `🙋 Übergabe: ${who} (${where})`,
  handoverQuestion: 'Frage: ',
  privateChat: 'Privatchat',
  autoAnswerOn: 'Automatische Antworten sind an: klare Fragen in dieser Gruppe (mit ? ？ 吗 呢 am Ende) beantworte ich, wenn ich mir sicher genug bin.',
  autoAnswerOff: 'Automatische Antworten sind aus: ich antworte nur, wenn man mich erwähnt, mir antwortet oder /ask nutzt.',
  autoAnswerStatus: (on) => `Automatische Antworten sind ${on ? 'an' : 'aus'}. Admins schalten sie mit /autoanswer on oder /autoanswer off um.`,
  autoAnswerAdminOnly: 'Leider können nur Gruppen-Admins die automatischen Antworten umschalten.',
  adminOnly: 'Leider ist dieser Befehl nur für Gruppen-Admins und die Admins des Bots.',
  autoAnswerGroupOnly: 'Automatische Antworten gibt es nur in Gruppen; im Privatchat beantworte ich jede Nachricht.',
  marginUsage: `So geht es: /margin mit Preis, Kosten und Markt, zum Beispiel:\n${MARGIN_EXAMPLE}\nFreitext geht auch: /margin Verkaufspreis 29,99 € in Deutschland, Kosten 8 €`,
  eligibilityTitle: 'Zulassungscheck Local Hosting',
  eligibilityAsk: {
    entityCountry: 'Wo ist Ihr Unternehmen (die juristische Person) registriert?',
    hasEuStock: 'Liegt Ihre Ware schon in Europa?',
    warehouseCountry: 'In welchem Land ist Ihr Lager?',
    vatCountries: 'Wo sind Sie für die USt. registriert? (alles Zutreffende wählen, dann Fertig)',
  },
  eligibilityExpired: 'Dieser Check ist abgelaufen; senden Sie /eligibility erneut',
  eligibilityNotYours: 'Das ist der Check von jemand anderem; senden Sie /eligibility für Ihren eigenen',
  yes: 'Ja',
  no: 'Nein',
  other: 'Anderes',
  otherEu: 'Anderes EU-Land',
  outsideEu: 'Außerhalb der EU',
  back: '« Zurück',
  done: 'Fertig',
  noneVat: 'Keins',
  slowDown: 'Sie senden Befehle zu schnell; bitte warten Sie einen Moment.',
};

const fr: UiText = {
  help: [
    "Bonjour ! Je réponds aux questions sur le Local Hosting (本地托管), le Full Hosting et le Brand Hosting de TikTok Shop Europe, avec les sources et la date à partir de laquelle chaque règle s'applique. Quand je ne suis pas sûr, je le dis et je peux appeler un manager.",
    '',
    '• Posez votre question ici, ou dans un groupe avec /ask, une @mention ou une réponse à mon message.',
    '• Une question de suite (« et pour l’Italie ? ») est lue d’après votre question précédente ; /reset repart de zéro.',
    "• /eligibility vérifie pas à pas votre éligibilité au Local Hosting.",
    '• /margin price=29.99 market=DE cost=8 calcule le bénéfice, la marge et le prix de revient.',
    "• 👍 / 👎 sous une réponse indiquent aux community managers ce qu'il faut corriger.",
    'Essayez : « Quelles sont les conditions du Local Hosting ? »',
  ].join('\n'),
  menu: {
    ask: 'Questions sur Local Hosting, Full Hosting, Brand Hosting',
    eligibility: 'Vérifier pas à pas l’éligibilité au Local Hosting',
    margin: 'Calcul de marge : /margin price=29.99 market=DE cost=8',
    reset: 'Oublier la conversation et repartir de zéro',
    autoanswer: 'Admins du groupe : /autoanswer on|off',
    help: 'Ce que ce bot sait répondre',
  },
  sources: 'Sources',
  asOf: 'au',
  thanks: 'Merci',
  feedbackFailed: 'Cette réponse ne peut plus être évaluée',
  askManager: '🙋 Demander à un manager',
  handoverSent: 'Un manager a été prévenu',
  handoverQueued: "Telegram n'accepte pas la notification pour l'instant ; elle partira dès que possible.",
  handoverFailed: "La notification n'a pas pu être envoyée ; merci de contacter directement un admin du groupe.",
  handoverAlready: 'Un manager a déjà été prévenu',
  handoverNone: "Aucun manager n'est configuré ici ; merci de contacter directement un admin du groupe.",
  handoverNotice: (who) => `🙋 ${who} a besoin d'un humain : managers, merci de regarder la question ci-dessus.`,
  handoverManagers: 'Managers : ',
  handoverForwarded: (who, where) => `🙋 Transfert : ${who} (${where})`,
  handoverQuestion: 'Question : ',
  privateChat: 'chat privé',
  autoAnswerOn: "Réponses automatiques activées : les questions claires de ce groupe (finissant par ? ？ 吗 呢) reçoivent une réponse quand j'en suis assez sûr.",
  autoAnswerOff: "Réponses automatiques désactivées : je réponds seulement si l'on me mentionne, me répond ou utilise /ask.",
  autoAnswerStatus: (on) => `Les réponses automatiques sont ${on ? 'activées' : 'désactivées'}. Les admins les changent avec /autoanswer on ou /autoanswer off.`,
  autoAnswerAdminOnly: 'Désolé, seuls les admins du groupe peuvent changer les réponses automatiques.',
  adminOnly: 'Désolé, cette commande est réservée aux admins du groupe et aux admins du bot.',
  autoAnswerGroupOnly: 'Les réponses automatiques concernent les groupes ; en privé je réponds à chaque message.',
  marginUsage: `Utilisation : /margin avec prix, coût et marché, par exemple :\n${MARGIN_EXAMPLE}\nLe texte libre marche aussi : /margin prix de vente 29,99 € en France, coût 8 €`,
  eligibilityTitle: 'Éligibilité au Local Hosting',
  eligibilityAsk: {
    entityCountry: 'Où votre société (entité juridique) est-elle immatriculée ?',
    hasEuStock: 'Votre stock est-il déjà en Europe ?',
    warehouseCountry: 'Dans quel pays se trouve votre entrepôt ?',
    vatCountries: 'Où êtes-vous immatriculé à la TVA ? (choisissez tout ce qui s’applique, puis Terminé)',
  },
  eligibilityExpired: 'Cette vérification a expiré ; renvoyez /eligibility',
  eligibilityNotYours: "C'est la vérification de quelqu'un d'autre ; envoyez /eligibility pour la vôtre",
  yes: 'Oui',
  no: 'Non',
  other: 'Autre',
  otherEu: "Autre pays de l'UE",
  outsideEu: "Hors de l'UE",
  back: '« Retour',
  done: 'Terminé',
  noneVat: 'Aucun',
  slowDown: 'Vous envoyez des commandes trop vite ; merci de patienter un instant.',
};

const it: UiText = {
  help: [
    'Ciao! Rispondo alle domande su Local Hosting (本地托管), Full Hosting e Brand Hosting di TikTok Shop Europa, con le fonti e la data da cui vale ogni regola. Quando non sono sicuro lo dico e posso chiamare un manager.',
    '',
    '• Chiedi qui, oppure in un gruppo con /ask, una @menzione o una risposta a un mio messaggio.',
    '• Le domande successive («e per l’Italia?») le leggo in base alla tua domanda precedente; /reset ricomincia da capo.',
    '• /eligibility verifica passo per passo i requisiti per il Local Hosting.',
    '• /margin price=29.99 market=DE cost=8 calcola profitto, margine e prezzo di pareggio.',
    '• 👍 / 👎 sotto una risposta dicono ai community manager cosa correggere.',
    'Prova: «Quali sono i requisiti del Local Hosting?»',
  ].join('\n'),
  menu: {
    ask: 'Domande su Local Hosting, Full Hosting, Brand Hosting',
    eligibility: 'Verifica passo per passo i requisiti per il Local Hosting',
    margin: 'Calcolo del margine: /margin price=29.99 market=DE cost=8',
    reset: 'Dimentica la conversazione e ricomincia',
    autoanswer: 'Admin del gruppo: /autoanswer on|off',
    help: 'Cosa sa rispondere questo bot',
  },
  sources: 'Fonti',
  asOf: 'al',
  thanks: 'Grazie',
  feedbackFailed: 'Questa risposta non si può più valutare',
  askManager: '🙋 Chiedi a un manager',
  handoverSent: 'Un manager è stato avvisato',
  handoverQueued: 'Telegram non accetta l’avviso in questo momento; verrà inviato appena possibile.',
  handoverFailed: 'Non è stato possibile inviare l’avviso; contatta direttamente un admin del gruppo.',
  handoverAlready: 'Un manager è già stato avvisato',
  handoverNone: 'Qui non è configurato nessun manager; contatta direttamente un admin del gruppo.',
  handoverNotice: (who) => `🙋 ${who} ha bisogno di una persona: manager, guardate la domanda qui sopra.`,
  handoverManagers: 'Manager: ',
  handoverForwarded: (who, where) => `🙋 Passaggio a un manager: ${who} (${where})`,
  handoverQuestion: 'Domanda: ',
  privateChat: 'chat privata',
  autoAnswerOn: 'Risposte automatiche attive: alle domande chiare di questo gruppo (che finiscono con ? ？ 吗 呢) rispondo quando sono abbastanza sicuro.',
  autoAnswerOff: 'Risposte automatiche disattivate: rispondo solo se mi menzionate, mi rispondete o usate /ask.',
  autoAnswerStatus: (on) => `Le risposte automatiche sono ${on ? 'attive' : 'disattivate'}. Gli admin le cambiano con /autoanswer on o /autoanswer off.`,
  autoAnswerAdminOnly: 'Spiacente, solo gli admin del gruppo possono cambiare le risposte automatiche.',
  adminOnly: 'Spiacente, questo comando è riservato agli admin del gruppo e agli admin del bot.',
  autoAnswerGroupOnly: 'Le risposte automatiche valgono per i gruppi; in privato rispondo a ogni messaggio.',
  marginUsage: `Uso: /margin con prezzo, costo e mercato, per esempio:\n${MARGIN_EXAMPLE}\nVa bene anche il testo libero: /margin prezzo di vendita 29,99 € in Italia, costo 8 €`,
  eligibilityTitle: 'Verifica requisiti Local Hosting',
  eligibilityAsk: {
    entityCountry: 'Dove è registrata la tua società (soggetto giuridico)?',
    hasEuStock: 'La tua merce è già in Europa?',
    warehouseCountry: 'In quale paese si trova il tuo magazzino?',
    vatCountries: 'In quali paesi hai la partita IVA? (scegli tutti quelli validi, poi Fatto)',
  },
  eligibilityExpired: 'Questa verifica è scaduta; invia di nuovo /eligibility',
  eligibilityNotYours: 'Questa è la verifica di un’altra persona; invia /eligibility per la tua',
  yes: 'Sì',
  no: 'No',
  other: 'Altro',
  otherEu: 'Altro paese UE',
  outsideEu: 'Fuori dall’UE',
  back: '« Indietro',
  done: 'Fatto',
  noneVat: 'Nessuno',
  slowDown: 'Stai inviando comandi troppo velocemente; attendi un momento.',
};

const es: UiText = {
  help: [
    '¡Hola! Respondo preguntas sobre Local Hosting (本地托管), Full Hosting y Brand Hosting de TikTok Shop Europa, con las fuentes y la fecha desde la que rige cada norma. Cuando no estoy seguro lo digo, y puedo avisar a un manager.',
    '',
    '• Pregunta aquí mismo, o en un grupo con /ask, una @mención o respondiendo a un mensaje mío.',
    '• Las preguntas de seguimiento («¿y para Italia?») las leo según tu pregunta anterior; /reset empieza de cero.',
    '• /eligibility comprueba paso a paso si cumples los requisitos de Local Hosting.',
    '• /margin price=29.99 market=DE cost=8 calcula beneficio, margen y precio de equilibrio.',
    '• 👍 / 👎 bajo una respuesta dicen a los community managers qué corregir.',
    'Prueba: «¿Qué requisitos tiene Local Hosting?»',
  ].join('\n'),
  menu: {
    ask: 'Preguntas sobre Local Hosting, Full Hosting, Brand Hosting',
    eligibility: 'Comprobar paso a paso los requisitos de Local Hosting',
    margin: 'Calculadora de margen: /margin price=29.99 market=DE cost=8',
    reset: 'Olvidar la conversación y empezar de cero',
    autoanswer: 'Admins del grupo: /autoanswer on|off',
    help: 'Qué responde este bot',
  },
  sources: 'Fuentes',
  asOf: 'a',
  thanks: 'Gracias',
  feedbackFailed: 'Esta respuesta ya no se puede valorar',
  askManager: '🙋 Preguntar a un manager',
  handoverSent: 'Se ha avisado a un manager',
  handoverQueued: 'Telegram no acepta el aviso ahora mismo; se enviará en cuanto lo haga.',
  handoverFailed: 'No se pudo enviar el aviso; contacta directamente con un admin del grupo.',
  handoverAlready: 'Ya se avisó a un manager',
  handoverNone: 'Aquí no hay ningún manager configurado; contacta directamente con un admin del grupo.',
  handoverNotice: (who) => `🙋 ${who} necesita a una persona: managers, mirad la pregunta de arriba.`,
  handoverManagers: 'Managers: ',
  handoverForwarded: (who, where) => `🙋 Traspaso: ${who} (${where})`,
  handoverQuestion: 'Pregunta: ',
  privateChat: 'chat privado',
  autoAnswerOn: 'Respuestas automáticas activadas: respondo a las preguntas claras de este grupo (que terminan en ? ？ 吗 呢) cuando estoy lo bastante seguro.',
  autoAnswerOff: 'Respuestas automáticas desactivadas: solo respondo si me mencionan, me responden o usan /ask.',
  autoAnswerStatus: (on) => `Las respuestas automáticas están ${on ? 'activadas' : 'desactivadas'}. Los admins las cambian con /autoanswer on o /autoanswer off.`,
  autoAnswerAdminOnly: 'Lo siento, solo los admins del grupo pueden cambiar las respuestas automáticas.',
  adminOnly: 'Lo siento, este comando es solo para los admins del grupo y del bot.',
  autoAnswerGroupOnly: 'Las respuestas automáticas son para grupos; en privado respondo a cada mensaje.',
  marginUsage: `Uso: /margin con precio, coste y mercado, por ejemplo:\n${MARGIN_EXAMPLE}\nTambién vale texto libre: /margin precio de venta 29,99 € en España, coste 8 €`,
  eligibilityTitle: 'Requisitos de Local Hosting',
  eligibilityAsk: {
    entityCountry: '¿Dónde está registrada tu empresa (entidad jurídica)?',
    hasEuStock: '¿Tu stock ya está en Europa?',
    warehouseCountry: '¿En qué país está tu almacén?',
    vatCountries: '¿En qué países tienes registro de IVA? (marca todos los que correspondan y luego Listo)',
  },
  eligibilityExpired: 'Esta comprobación ha caducado; envía /eligibility de nuevo',
  eligibilityNotYours: 'Esta comprobación es de otra persona; envía /eligibility para hacer la tuya',
  yes: 'Sí',
  no: 'No',
  other: 'Otro',
  otherEu: 'Otro país de la UE',
  outsideEu: 'Fuera de la UE',
  back: '« Atrás',
  done: 'Listo',
  noneVat: 'Ninguno',
  slowDown: 'Estás enviando comandos demasiado rápido; espera un momento.',
};

export const UI_TEXTS: Readonly<Record<UiLang, UiText>> = { zh, en, de, fr, it, es };

export function uiText(lang: UiLang): UiText {
  return UI_TEXTS[lang] ?? en;
}
