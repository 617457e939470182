// Reads a margin question from chat text in zh (simplified and traditional), en, de, fr, it and es: labelled
// amounts and rates, the market, the program, and whether the seller asks about profit. Deterministic: labels next
// to numbers, no model. Every number in the text ends up either used (`used`, and in `input`) or in `unread`, with
// the ones that cannot be used as typed (a sign, an exponent, a range, "NaN") also listed in `rejected`. A field said
// to be absent ("no ads", "不投流", "niente sconto") is 0, and a commission said to be the usual one ("Provision
// normal") keeps its default; both are listed in `stated`.
import { MARGIN_ASK } from '../analysis/margin-ask.js';
import type { RejectedNumber } from '../contract/tool-result.js';
import { stripAccents } from '../lang/strip-accents.js';
import { findCountryMentions } from './country-mentions.js';
import type { MarginInput } from './margin-schema.js';
import { findNumberTokens, type NumberToken } from './text-numbers.js';
import { escapeRegExp } from '../lang/escape-reg-exp.js';

export type MarginField = Exclude<keyof MarginInput, 'market' | 'commissionTier' | 'program'>;

const AMOUNT_FIELDS = new Set<MarginField>(['listPrice', 'unitCost', 'inboundShipping', 'fulfillmentFee', 'buyerShipping']);

// Longest labels win where they share words ("达人佣金" before "佣金", "inbound shipping" before "shipping"). One line
// per language: zh (simplified and traditional), en, de, fr, it, es. Verbs of selling and buying are labels too
// ("verkaufen … für 39,95 €", "on vend … à 27,90 €", "produit acheté 6,30 €").
const CARRIERS = ['DHL', 'DPD', 'GLS', 'Hermes', 'UPS', 'FedEx', 'Colissimo', 'Chronopost', 'Mondial Relay', 'BRT', 'SDA', 'Poste Italiane', 'SEUR', 'Correos', 'MRW', 'InPost'];
const TO_CUSTOMER = ['', ' zum Kunden', ' an den Kunden', ' to the customer', ' to customer', ' au client', ' al cliente'];
/** Shipping named without who pays it: a buyerShipping label that the parser reads as fulfilment unless the buyer pays. */
const PLAIN_SHIPPING_LABELS = [
  '运费', '運費', '邮费', '郵費', 'shipping fee', 'shipping charge', 'shipping', 'postage', 'Versandkosten', 'Versand', 'Porto', 'frais de port',
  'frais de livraison', 'livraison', 'envoi', 'spese di spedizione', 'spedizione', 'gastos de envío', 'envío', 'envio', 'portes',
];
// "me cuesta 2,10", "mi costa 4 €": what the goods cost the seller; right after another label ("la publicidad me cuesta
// un 10 %") the verb is that label's, and no label of its own.
const COST_VERBS = ['me cuesta', 'nos cuesta', 'me sale a', 'mi costa', 'ci costa', 'mi viene', 'kostet mich', 'me coûte', 'nous coûte'];

const LABELS: Record<MarginField, string[]> = {
  listPrice: [
    '售价', '售價', '价格', '價格', '定价', '定價', '卖价', '賣價', '标价', '標價', '零售价', '零售價', '销售价', '銷售價', '客单价', '客單價',
    '挂价', '掛價', '上架价', '上架價', '前台价', '前台價', '卖到', '賣到', '涨价到', '漲價到', '提价到', '提價到', '降价到', '降價到', '卖', '賣',
    'list price', 'selling price', 'sale price', 'sales price', 'retail price', 'RRP', 'MSRP', 'sell it for', 'sell it at', 'sell for', 'sell at',
    'selling for', 'selling at', 'sells for', 'sells at', 'sold at', 'sold for', 'priced at', 'retails at', 'retails for', 'retailing at',
    'retail', 'price point', 'we list at', 'list at', 'listed at', 'price', 'sell', 'selling',
    'Verkaufspreis', 'VK-Preis', 'VK', 'Bruttopreis', 'Endpreis', 'Nettopreis', 'Listenpreis', 'Ladenpreis', 'Preis', 'verkaufe für',
    'verkaufen für', 'Artikel kostet', 'verkaufen', 'verkaufe', 'verkauft', 'hochgehe', 'hochgehen', 'runtergehe', 'runtergehen',
    'prix de vente', 'prix public', 'prix TTC', 'prix HT', 'prix affiché', 'prix client', 'prix', 'PV', 'vendu à', 'je vends à', 'on vend à', 'vendu',
    'le mettrait à', 'la mettrait à', 'les mettrait à', 'le mettrais à', 'la mettrais à', 'le met à', 'la met à', 'le mets à', 'la mets à',
    'vendus', 'vendue', 'vends', 'vend', 'vendons',
    'prezzo di vendita', 'prezzo al pubblico', 'prezzo di listino', 'prezzo finale', 'prezzo netto', 'prezzo', 'listino', 'vendo a', 'venduto a',
    'venduto', 'vendiamo', 'vendo', 'la metto a', 'lo metto a', 'li metto a', 'le metto a',
    // "venta 12,9", "je le vends 29,99", "SP 49.90" (selling price).
    'venta', 'lo vendo a', 'la vendo a', 'lo vendemos a', 'je le vends', 'je la vends', 'on le vend', 'SP',
    'precio de venta', 'precio sin IVA', 'precio final', 'precio al público', 'PVP', 'PVPR', 'precio', 'lo vendo a', 'vendemos a', 'vendemos',
    'vendido', 'vende', 'la pongo a', 'lo pongo a', 'los pongo a', 'las pongo a',
  ],
  unitCost: [
    '成本', '成本价', '成本價', '采购价', '採購價', '采购成本', '採購成本', '采购', '採購', '进货价', '進貨價', '进货成本', '進貨成本', '进货', '進貨',
    '进价', '進價', '拿货价', '拿貨價', '拿货', '拿貨', '出厂价', '出廠價', '工厂价', '工廠價', '货值', '貨值', '货本', '貨本', '产品成本', '產品成本',
    '单件成本', '單件成本', '货物成本', '貨物成本',
    // Hong Kong and chat words: "入貨價3.8歐", "landed €2.60", "Einstand 2,5", "fournisseur 2,8 €", "lo pago 7 eur" ("me cuesta"
    // alone is no label: it also follows the ads, "la publicidad me cuesta un 10 %").
    '入货价', '入貨價', '入货', '入貨', 'landed', 'Einstand', 'Einstandspreis', 'Stückkosten', 'fournisseur', 'prix fournisseur',
    'coste puesto en almacén', 'coste puesto en almacen', 'puesto en almacén', 'lo pago', 'la pago', 'lo paghiamo', 'lo pagamos',
    'je le paie', 'je le paye', 'on le paie', 'on le paye', ...COST_VERBS,
    'proveedor', 'el proveedor', 'fornitore', 'il fornitore', 'Lieferant', 'der Lieferant', 'supplier', 'the supplier', 'le fournisseur',
    'cost of goods', 'COGS', 'unit cost', 'product cost', 'purchase cost', 'purchase price', 'landed cost', 'buy price', 'cost price',
    'factory price', 'supplier price', 'production cost', 'manufacturing cost', 'bought at', 'bought for', 'buy at', 'costs me', 'costs us',
    'cost us', 'costs', 'cost',
    'Druckkosten', 'print cost', 'printing cost', 'printing costs', "coût d'impression", 'costo di stampa', 'coste de impresión', '印刷成本', '印刷费',
    'Einkaufspreis', 'Einstandspreis', 'Einstandskosten', 'Einstand', 'Einkaufskosten', 'Einkauf', 'EK-Preis', 'EK', 'Stückkosten', 'Warenkosten', 'Warenwert', 'Produktkosten',
    'Herstellkosten', 'Herstellungskosten', 'Produktionskosten', 'Einstandspreis', 'Ware kostet', 'Produkt kostet', 'Wareneinsatz', 'Wareneinkauf',
    'kostet uns', 'Kosten',
    'coût d’achat', 'coût unitaire', 'coût de revient', 'coût produit', 'coût du produit', 'coût de production', 'coût de fabrication',
    'coût marchandise', 'coût de la marchandise', 'prix d’achat', 'prix fournisseur', 'prix usine', 'produit acheté', 'acheté', 'achetés',
    'achetée', 'achat', 'PA', 'coût', 'cout', 'prix de revient', 'prix coûtant',
    'costo d’acquisto', 'costo di acquisto', 'costo unitario', 'costo del prodotto', 'costo prodotto', 'costo della merce', 'costo merce',
    'costo di produzione', 'prezzo d’acquisto', 'prezzo di acquisto', 'prezzo fornitore', 'acquisto', 'acquistato', 'costo',
    'coste de compra', 'coste unitario', 'coste del producto', 'coste de producto', 'coste producto', 'coste de la mercancía',
    'coste de fabricación', 'precio de compra', 'precio de proveedor', 'precio de fábrica', 'costo de compra', 'costo del producto',
    'comprado a', 'compra', 'coste',
    // The goods as the subject of a cost verb ("el producto nos cuesta 10,20 €"); the verb alone is no label, it also
    // follows ads ("la pub nous coûte 10 %").
    'the product costs', 'product costs', 'le produit coûte', 'le produit nous coûte', 'le produit me coûte', 'produit coûte',
    'il prodotto costa', 'il prodotto ci costa', 'il prodotto mi costa', 'prodotto costa', 'la merce costa', 'la merce ci costa',
    'el producto nos cuesta', 'el producto me cuesta', 'el producto cuesta', 'producto cuesta', 'la mercancía cuesta', 'el artículo cuesta',
    'das Produkt kostet',
  ],
  inboundShipping: [
    '头程运费', '頭程運費', '头程费用', '頭程費用', '头程费', '頭程費',
    // "import 2 eur", "importación 2,50 €": the goods brought in, i.e. the leg into the warehouse.
    'import', 'Import', 'importación', 'importacion', 'importazione', 'importation', 'freight in', 'inbound freight cost',
    'spedizione in magazzino', 'transport entrepôt', 'transport entrepot', '头程物流', '頭程物流', '头程', '頭程', '国际运费', '國際運費', '国际物流', '國際物流', '海运费', '海運費',
    '海运', '海運', '空运费', '空運費', '入仓费', '入倉費', '送仓费', '送倉費',
    'inbound shipping', 'inbound freight', 'inbound logistics', 'inbound cost', 'inbound', 'first-leg shipping', 'first-leg', 'first leg',
    'first mile', 'first-mile', 'headhaul', 'head haul', 'head-haul', 'linehaul', 'line haul', 'line-haul', 'sea freight', 'ocean freight', 'air freight', 'freight to warehouse', 'freight to the warehouse',
    'shipping to the warehouse', 'shipping to warehouse', 'transport to the warehouse', 'freight', 'inbound freight to the warehouse',
    'inbound freight to warehouse', 'inbound shipping to the warehouse', 'freight into the warehouse', 'inbound to the warehouse',
    'inbound to warehouse', 'inbound into the warehouse',
    'Anlieferung ins Lager', 'Anlieferung', 'Transport ins Lager', 'Transport zum Lager', 'Fracht ins Lager', 'Zulauf', 'Inbound-Fracht',
    'Seefracht', 'Luftfracht', 'Fracht', 'Vorlaufkosten', 'Vorlauf', 'Erstlauf', 'Erstfracht', 'Hinfracht', 'Hintransport', 'Kopffracht', 'Kopfstrecke', 'Hauptlauf', 'Versand ins Lager', 'Versand zum Lager', 'Versand in das Lager',
    'Frachtkosten ins Lager', 'Frachtkosten', 'Lieferung ins Lager', 'Transportkosten ins Lager',
    'fret maritime', 'fret d’approche', 'fret entrant', 'fret', 'transport amont', 'transport jusqu’à l’entrepôt', 'transport vers l’entrepôt',
    'transport à l’entrepôt', 'transport entrant', 'frais d’approche', 'frais d’acheminement', 'approche', 'amont', 'acheminement',
    'acheminement jusqu’à l’entrepôt', "acheminement jusqu'à l'entrepôt", 'acheminement vers l’entrepôt', "acheminement vers l'entrepôt",
    "transport jusqu'à l'entrepôt", "transport vers l'entrepôt", "transport à l'entrepôt", "fret jusqu'à l'entrepôt",
    'trasporto in entrata', 'trasporto al magazzino', 'trasporto fino al magazzino', 'trasporto verso il magazzino', 'spedizione al magazzino',
    // "transport 1 €, livraison 3,90 €": transport alone is the leg into the warehouse when the message names the
    // other leg too (parseMarginText drops it otherwise); longer labels win first.
    'transport', 'premier kilomètre', 'premier kilometre', 'premier km', '1er km', '1er kilomètre', '1ère étape', 'premier trajet', '1er trajet', 'trajet aller', 'fret aller',
    'trasporto', 'trasporti', 'trasporto internazionale', 'trasporto marittimo', 'primo miglio', 'primo tratto', 'nolo', 'trasporto in', 'trasporto di andata', 'spedizione in entrata', 'primo trasporto', 'trasporto iniziale',
    'transporte de entrada', 'primer tramo', 'primera milla', 'transporte al almacén', 'transporte hasta el almacén', 'envío al almacén', 'flete de entrada',
    'flete hasta el almacén', 'transporte internacional', 'flete marítimo', 'primera milla', 'flete', 'entrada', 'transporte',
    'porte hasta el almacén', 'portes hasta el almacén', 'porte al almacén', 'portes al almacén', 'flete de ida', 'transporte de ida', 'envío de ida',
  ],
  fulfillmentFee: [
    '尾程运费', '尾程運費', '尾程费用', '尾程費用', '尾程费', '尾程費', '海外仓发货', '海外倉發貨', '发货费', '發貨費', '发货', '發貨', '快递费', '快遞費', 'postage', 'Porto', 'Portokosten', '尾程派送', '尾程', '配送费', '配送費', '配送', '派送费', '派送費', '派送', '末端配送', '末端派送',
    '仓储配送', '倉儲配送', '快递费', '快遞費', '快递', '快遞', '发货费', '發貨費', '操作费', '操作費', '物流费', '物流費', '出库费', '出庫費',
    '履约费', '履約費', '订单处理费', '訂單處理費', '发给客户', '寄给买家',
    'fulfilment fee', 'fulfillment fee', 'fulfilment cost', 'fulfillment cost', 'fulfilment', 'fulfillment', 'last-mile', 'last mile',
    'last leg', 'last-leg', 'final mile', 'final delivery', 'outbound shipping', 'pick and pack', 'pick & pack', 'handling fee', 'packing fee', 'shipping cost',
    'shipping costs', 'delivery cost', 'delivery fee', 'delivery', 'FBT fee', '3PL fee', 'shipping to the customer', 'shipping to customer',
    'shipping to the buyer', 'delivery to the customer',
    'Fulfillment-Gebühr', 'Fulfillmentkosten', 'Fulfilment', 'Zustellkosten', 'Zustellung zum Kunden', 'Zustellung', 'Logistikkosten',
    'transport to customer', 'transport to the customer', 'transport to buyer', 'Transport zum Kunden', 'transport au client', 'trasporto al cliente', 'transporte al cliente',
    'Lieferkosten', 'Versand zum Kunden', 'Paket zum Kunden', 'Paketversand zum Kunden', 'Paket an den Kunden', 'Versand an den Kunden', 'Versand an Kunden', 'Versand zum Endkunden', 'Kundenversand',
    'Endkundenversand', 'Paketversand', 'Auslieferung', 'letzte Meile', 'Versandkosten zum Kunden', 'Versandkosten an den Kunden',
    'Versandkosten an Kunden', 'Lieferkosten zum Kunden', 'shipping cost to the customer', 'delivery to customer',
    'frais de fulfillment', 'frais logistiques', 'coût de livraison', 'dernier kilomètre', 'dernier kilometre', 'dernier km',
    'frais d’expédition', 'frais d’envoi', 'livraison au client', 'livraison client', 'livraison finale', 'expédition client',
    'expédition au client', 'envoi client', 'expédition', 'expé', 'logistique', 'frais de livraison client', 'frais de livraison au client',
    'costo di spedizione', 'costi di spedizione', 'costo di consegna', 'ultimo miglio', 'ultimo km', 'spedizione al cliente',
    'consegna al cliente', 'consegna finale', 'spedizione finale', 'corriere', 'consegna', 'logistica', 'costi di spedizione al cliente',
    'costo di spedizione al cliente',
    'coste de envío', 'costes de envío', 'coste de entrega', 'última milla', 'último tramo', 'último km', 'envío al cliente', 'envío a cliente',
    'envío al comprador', 'entrega al cliente', 'entrega final', 'envío final', 'mensajería', 'reparto', 'logística', 'gastos de envío al cliente', 'entrega',
    'coste de envío al cliente',
    ...CARRIERS.flatMap((c) => TO_CUSTOMER.map((to) => c + to)),
  ],
  // Shipping charged to the buyer is revenue (and in the commission base) when the text says the buyer pays it. A
  // plain "shipping"/"运费"/"Versand" is how sellers name their own delivery cost, so it is read as fulfilment and
  // the reply says so.
  buyerShipping: [
    '买家运费', '買家運費', '买家付运费', '買家付運費', '买家承担运费', '顾客运费', '顧客運費', '客户运费', '客戶運費', 'buyer shipping',
    'buyer-paid shipping', 'shipping paid by the buyer', 'shipping paid by buyer', 'shipping charged to the buyer', 'customer shipping',
    'Versand (Käufer)', 'Versandkosten des Käufers', 'Käuferversand', 'frais de port acheteur', 'frais de port payés par l’acheteur',
    'frais de port client', 'spedizione pagata dal cliente', 'spedizione del cliente', 'spese di spedizione a carico del cliente',
    'envío pagado por el comprador', 'envío del comprador', 'gastos de envío del comprador', 'gastos de envío del cliente',
    ...PLAIN_SHIPPING_LABELS,
  ],
  commissionRate: [
    'Einstiegsprovision', 'Neukundenprovision', 'Startprovision',
    // "平台抽9%", "TK扣点8%", "TTS takes 9%", "frais TikTok 9 %", "fee de TikTok 9%": the platform's cut named by its taker.
    '平台抽', '平台扣', 'TK扣点', 'TK扣點', 'TT扣点', 'TT扣點', 'TTS扣点', 'TTS扣點', 'TTS takes', 'TikTok takes', 'TTS fee', 'TTS commission', 'TikTok nimmt',
    'TikTok-Gebühr', 'TikTok Gebühr', 'frais TikTok', 'frais de TikTok', 'fee TikTok', 'fee de TikTok', 'fee di TikTok', 'comisión de TikTok', 'tarifa de TikTok',
    '平台佣金', '平台傭金', '平台扣点', '平台扣點', '扣点', '扣點', '佣金', '傭金', '佣金率', '佣金比例', '平台费', '平台費', '抽佣', '抽成', '平台抽成',
    '平台抽佣', '技术服务费', '技術服務費', '新商佣金', '新店佣金',
    'platform commission', 'platform fee', 'platform cut', 'fees', 'fee', 'referral fee', 'referral rate', 'referral', 'commission rate', 'TikTok commission',
    'TikTok fee', 'TikTok cut', 'selling fee', 'new-seller rate', 'new seller rate', 'new-seller commission', 'commission', 'take rate',
    'Plattformprovision', 'Plattform-Provision', 'TikTok-Provision', 'Verkaufsprovision', 'Provision', 'Plattformgebühr', 'Verkaufsgebühr', 'Gebühren', 'Gebühr',
    'commission de la plateforme', 'commission plateforme', 'commission TikTok', 'commission de vente', 'frais de plateforme',
    'commissione della piattaforma', 'commissione piattaforma', 'commissione TikTok', 'commissione di vendita', 'commissione',
    'comisión de la plataforma', 'comisión plataforma', 'comision plataforma', 'comisión de plataforma', 'comisión de TikTok', 'comisión TikTok', 'comisión de venta', 'comisión', 'comision',
  ],
  affiliateRate: [
    '达人佣金', '達人佣金', '達人傭金', '达人的佣金', '達人的佣金', '达人分佣', '達人分佣', '达人分成', '達人分成', '达人抽成', '達人抽成', '达人提成',
    '達人提成', '达人费用', '達人費用', '达人费', '達人費', '带货达人', '帶貨達人', '达人', '達人', '联盟佣金', '聯盟佣金', '带货佣金', '帶貨佣金',
    '网红佣金', '網紅佣金', '网红', '網紅', '红人佣金', '紅人佣金', '红人', '紅人', '博主佣金', '博主', '主播佣金', '主播', '分佣',
    'creator佣金', 'affiliate佣金', 'influencer佣金', 'KOL佣金', 'KOC佣金', 'KOL', 'KOC', '网红抽成', '網紅抽成', '网红分成', '網紅分成',
    '网红佣金', '網紅佣金', '網紅傭金', '创作者佣金', '創作者佣金', '創作者傭金', '创作者分成', '創作者分成', '创作者', '創作者', 'KOL抽成', '达人那边', '達人那邊',
    'affiliate commission', 'creator commission', 'influencer commission', 'KOL commission', 'KOC commission',
    'creator comm', 'creators comm', 'affiliate comm', 'influencer comm', 'KOL comm', 'creator fee', 'influencer fee', 'affiliate fee', 'affiliate rate', 'affiliate cut',
    'creator rate', 'creator cut', 'creator fee', 'creator share', 'influencer cut', 'influencer fee', 'influencer rate', 'KOL fee',
    'affiliates', 'affiliate', 'creators', 'creator', 'influencers', 'influencer',
    // "CPA comm 15 %" (TikTok's affiliate payout), "affil 20%".
    'CPA comm', 'CPA commission', 'CPA', 'affil', 'affils', '俾达人', '俾達人',
    'Creator-Provision', 'Affiliate-Provision', 'Influencer-Provision', 'Creator Provision', 'Affiliate Provision', 'Influencer Provision',
    'Provision für Creator', 'Provision für die Creator', 'Provision für Influencer', 'Provision für Affiliates', 'Creatorprovision',
    'Creator-Anteil', 'Creatorn', 'Influencern',
    'commission créateur', 'commission créateurs', 'commission des créateurs', 'commission influenceur', 'commission influenceurs',
    'commission des influenceurs', 'commission d’affiliation', 'commission affiliés', 'commission des affiliés', 'commission affilié',
    'créateurs de contenu', 'créateurs', 'créateur', 'créatrices', 'influenceurs', 'influenceur', 'influenceuses', 'affiliation',
    'affiliés', 'affilié', 'créas', 'créa',
    'commissione creator', 'commissione influencer', 'commissione affiliazione', 'commissione degli affiliati', 'commissione affiliati',
    'commissione ai creator', 'commissione dei creator', 'commissione per i creator', 'creatori', 'affiliati', 'affiliazione', 'affiliato',
    'comisión de creadores', 'comisión del creador', 'comisión de creador', 'comisión para creadores', 'comisión a creadores',
    'comisión de los creadores', 'comisión de afiliados', 'comisión de afiliado', 'comisión afiliados', 'comisión de afiliación',
    'comisión de influencers', 'creadores', 'creadoras', 'creador', 'afiliados', 'afiliado',
  ],
  adsRate: [
    '广告费', '廣告費', '广告占比', '廣告佔比', '广告预算', '廣告預算', '广告投放', '廣告投放', '广告费率', '廣告費率', '广告', '廣告', '投流预算',
    '投流預算', '投流费', '投流費', '投流', '投放', '推广预算', '推廣預算', '推广费', '推廣費', '推广', '推廣',
    'ad spend', 'ads spend', 'ad cost', 'ads cost', 'ad budget', 'ads budget', 'advertising budget', 'marketing budget', 'paid ads',
    'advertising', 'ads', 'ad', 'ACOS', 'TACoS', 'marketing', 'GMV Max', 'GMV-Max', 'GMVmax', 'adv',
    'Werbekosten', 'Werbebudget', 'Werbeausgaben', 'Werbeanteil', 'Ads-Budget', 'Anzeigenbudget', 'Marketingbudget', 'Werbung', 'Anzeigen',
    'dépenses pub', 'dépenses publicitaires', 'budget pub', 'budget publicitaire', 'budget marketing', 'publicité', 'publicités', 'pubs', 'pub',
    'budget pubblicità', 'budget pubblicitario', 'spesa pubblicitaria', 'spese pubblicitarie', 'pubblicità', 'pubblicita', 'sponsorizzate',
    'presupuesto de publicidad', 'presupuesto publicitario', 'gasto en publicidad', 'gasto publicitario', 'publicidad', 'publi', 'anuncios',
  ],
  sellerDiscount: [
    '卖家折扣', '賣家折扣', '店铺折扣', '店鋪折扣', '折扣', '打折', '优惠', '優惠', '让利', '讓利',
    // A coupon the seller runs lowers what the buyer pays like a discount ("platform coupon" is the platform's own).
    '优惠券', '優惠券', '店铺券', '店鋪券', 'coupon', 'voucher', 'Gutschein', 'bon de réduction', 'coupon de réduction', 'buono sconto', 'cupón', 'cupon',
    'seller discount', 'launch discount', 'discount', 'markdown', 'off',
    'Rabatt', 'Rabattaktion', 'Rabatt-Aktion', 'Startrabatt', 'Einführungsrabatt', 'Verkäuferrabatt', 'Nachlass', 'Preisnachlass',
    'remise vendeur', 'remise de lancement', 'promo de lancement', 'remise', 'réduction', 'rabais', 'promotion', 'promo',
    // Chat shorthand: "20 % de réduc", "dto 25%", "dcto. 10 %".
    'réduc', 'réducs', 'dto', 'dto.', 'dcto', 'dcto.',
    'sconto venditore', 'sconto del venditore', 'sconto di lancio', 'sconto lancio', 'sconto',
    'descuento del vendedor', 'descuento vendedor', 'descuento de vendedor', 'descuento de lanzamiento', 'descuento', 'rebaja', 'promoción',
  ],
  platformSubsidy: [
    '平台补贴', '平台補貼', '补贴', '補貼', '平台券', '平台优惠券', '平台優惠券', 'platform subsidy', 'platform coupon', 'subsidy',
    'Plattformzuschuss', 'Plattform-Gutschein', 'Zuschuss', 'subvention de la plateforme', 'coupon plateforme', 'subvention',
    'contributo della piattaforma', 'coupon della piattaforma', 'sussidio', 'subvención de la plataforma', 'cupón de la plataforma', 'subvención',
  ],
  returnRate: [
    '退货率', '退貨率', '退款率', '退货', '退貨', 'return rate', 'refund rate', 'returns', 'return', 'Retourenquote', 'Retourquote',
    'Rücksendequote', 'Retouren', 'Retoure', 'taux de retour', 'taux de retours', 'retours', 'tasso di reso', 'tasso di resi', 'resi',
    'tasa de devoluciones', 'tasa de devolución', 'devoluciones',
  ],
  vatRate: [
    // "走10%的低税率", "reduced rate 7%": the seller's own lower rate.
    '低税率', '低稅率', '优惠税率', '優惠稅率', '减免税率', '減免稅率', '低档税率', '低檔稅率', '增值税率', '增值稅率', '增值税', '增值稅', 'VAT率', '税率', '稅率', '税按', '稅按', '税点', '稅點', 'VAT rate', 'VAT', 'MwSt.-Satz', 'MwSt', 'USt', 'Mehrwertsteuer',
    'Umsatzsteuer', 'taux de TVA', 'TVA', 'aliquota IVA', 'tipo de IVA', 'IVA',
  ],
  targetMargin: [
    '目标利润率', '目標利潤率', '目标毛利率', '目標毛利率', '目标净利率', '目标利润', '目标毛利', '利润率', '利潤率', '毛利率', '净利率', '淨利率',
    'target margin', 'target profit margin', 'profit margin', 'margin', 'target', 'Zielmarge', 'Marge', 'marge cible', 'marge',
    'margine obiettivo', 'margine', 'margen objetivo', 'margen',
  ],
};

/** Labels that are only a verb of cost: "me cuesta 2,10". */
const COST_VERB_SET = new Set(COST_VERBS.map((v) => v.toLowerCase()));

/** Shipping labels that do not say who pays: read as the buyer's and named in the reply. */
const PLAIN_SHIPPING = new Set(PLAIN_SHIPPING_LABELS.map((l) => l.toLowerCase()));
// "运费3欧买家付", "shipping 4.99 paid by the customer": the buyer's shipping, revenue.
const BUYER_PAYS_RE =
  /买家(?:付|出|承担|支付)|買家(?:付|出|承擔|支付)|顾客(?:付|出)|客户(?:付|出)|(?:paid|charged|payable)\s+(?:by|to)\s+(?:the\s+)?(?:buyer|customer)|(?:buyer|customer)\s+pays|zahlt\s+der\s+(?:Käufer|Kunde)|(?:Käufer|Kunde)\s+zahlt|payés?\s+par\s+(?:l[’']acheteur|le\s+client)|pagat[ao]\s+dal\s+cliente|a\s+carico\s+del\s+cliente|pagado\s+por\s+el\s+(?:comprador|cliente)|lo\s+paga\s+el\s+(?:comprador|cliente)/iu;

/** A plain "运费", "Versand", "frais de port": the seller's own delivery, unless the words around it say the buyer pays. */
function plainShippingField(around: string): MarginField {
  return BUYER_PAYS_RE.test(around) ? 'buyerShipping' : 'fulfillmentFee';
}

// "transport", "trasporto": either leg, until the message names the last mile too.
const BARE_TRANSPORT = new Set(['transport', 'trasporto', 'trasporti']);

const isCjk = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

// Chat French, Italian and Spanish drop or contract the article ("transport vers entrepôt", "envío a almacén",
// "spedizione a magazzino"): each label with an article also stands without it.
const ARTICLE_RE = /(?<=\s)(?:l[’']|le |la |les |el |los |las |il |lo |gli )/giu;
const CONTRACTED: Array<[RegExp, string]> = [[/(?<=\s)al (?=\p{L})/gu, 'a '], [/(?<=\s)au (?=\p{L})/gu, 'à '], [/(?<=\s)del (?=\p{L})/gu, 'de ']];
// Sellers typing fast drop the accents ("createurs 10 %", "ultima milla 3,10", "transport vers entrepot"): each
// variant also stands without them.
function listLabelVariants(label: string): string[] {
  const variants = new Set([label, label.replace(/’/g, "'")]);
  const bare = label.replace(ARTICLE_RE, '');
  variants.add(bare);
  for (const [re, by] of CONTRACTED) variants.add(bare.replace(re, by));
  for (const v of [...variants]) if (!isCjk(v)) variants.add(stripAccents(v));
  return [...variants];
}

const LABEL_FIELD = new Map<string, MarginField>();
for (const [field, labels] of Object.entries(LABELS) as Array<[MarginField, string[]]>) {
  // The field name itself works too, for "/margin listPrice=29.99 unitCost=8 market=DE"; ’ and ' are the same.
  for (const l of [field, ...labels]) LABEL_FIELD.set(l.toLowerCase(), field);
}
for (const [field, labels] of Object.entries(LABELS) as Array<[MarginField, string[]]>) {
  // A variant never takes over a label of its own.
  for (const l of labels) for (const v of listLabelVariants(l)) if (!LABEL_FIELD.has(v.toLowerCase())) LABEL_FIELD.set(v.toLowerCase(), field);
}

/** The margin field a label names ("price", "成本", "达人佣金", "listPrice"), for the key=value command form. */
export function fieldForLabel(label: string): MarginField | undefined {
  return LABEL_FIELD.get(label.toLowerCase());
}

const byLength = [...LABEL_FIELD.keys()].sort((a, b) => b.length - a.length);
// Latin labels end at a Latin letter only: in mixed text "creator佣金" the Han characters follow directly. One
// boundary check around one alternation of the Latin labels (V8 runs that far faster than a lookaround in each of
// hundreds of alternatives); labels with Han characters ("达人佣金", "creator佣金") need none and are tried first.
const LABEL_RE = new RegExp(
  `${byLength.filter(isCjk).map(escapeRegExp).join('|')}|(?<!\\p{Script=Latin})(?:${byLength.filter((l) => !isCjk(l)).map(escapeRegExp).join('|')})(?!\\p{Script=Latin})`,
  'giu',
);

// What may stand between a label and its number: "售价是29.99", "cost: €8", "commission of 9%", "creators take 15%",
// "Werbung kostet ca. 10 %", "Creator wollen 18 %", "Ads rechne ich mit 6 %", "la pub nous coûte 10 %", "les créateurs
// prennent 15 %", "la commissione è del 9%", "creator al 20 %", "los creadores se llevan un 15 %", "publicidad calculo
// un 12 %", "头程摊下来1.6欧", "广告预算8%", what-ifs ("达人降到10%", "il creator scende al 12%"); and between a number and a label after it: "15%达人佣金", "8 euro cost",
// "10% on ads", "10 % für Werbung", "je mets 8 % en pub", "再留7%做投流". A label may also name the market in between
// ("verkaufen wollen wir in DE für 39,95 €", "Prezzo in Italia 21,90 €", "Vorlauf nach DE 0,95 €").
// Checked word by word (a regex of optional words under a star backtracks exponentially on a long gap), and never
// across a comma or a line break: a number at the end of one clause does not belong to a label in the next.
interface GapWords {
  latin: Set<string>;
  /** Han connectors, longest first (read greedily). */
  han: string[];
  punct: Set<string>;
}
const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));
const GAP_AFTER: GapWords = {
  latin: words(`
    around about approx approximately roughly of at is are was were will would be per unit each the our my we i they them us me it its
    take takes get gets charge charges want wants ask asks need needs cut share reckon assume plan budget spend put set keep give
    cost run runs eat eats come comes to in on for with like just only usually typically maybe probably still now currently then also
    plus extra another up around goes go drops drop rises rise increases decreases falls changes moves down raise lower becomes only
    ca circa etwa ungefähr rund von liegt liegen bei beträgt betragen kostet nimmt nehmen bekommen bekommt wollen will möchten verlangen
    kriegen kriegt rechne rechnen kalkulier kalkuliere kalkulieren plane planen ich wir sie mit sind ist in nach für so aktuell derzeit gerade noch
    dann zusätzlich immer uns mir im ins zum zur auf steigt sinkt geht runter hoch wird nur
    de du des d’ d' environ à est sont autour prend prennent coûte nous veulent demandent demande touchent touche je on compte mets met
    mettons prévois prévoit calcule en au aux pour dans vers encore toujours sur leur leurs passe passent monte montent baisse baissent
    descend descendent augmente seulement
    di del della è sono intorno a prende prendono costa ci vogliono chiedono chiede al allo alla ai agli dei delle degli in per con metto
    mettiamo calcolo calcoliamo prevedo prevediamo sta stanno sui sul sulla verso fino sempre ancora scende scendono sale salgono passa
    passano aumenta cala diventa solo
    un una unos unas alrededor es son se lleva llevan cobra cobran cuesta nos el la le il lo los las piden pide quieren calculo
    calculamos pongo ponemos meto metemos destino destinamos al en por con para hasta sobre será sería está están siempre todavía sube
    suben baja bajan pasa pasan
    works work out into out of from warehouse piece a new seller sellers shop store rate actually really quote quoted usual
    books book Bücher livres libri libros
    c' c’
    bis nehm nehme gebe geben zahlen zahle Lager pro Stück Stk
    entrepôt donne donnons payons
    diamo paghiamo spendiamo magazzino il l' l’
    damos pagamos gastamos almacén
    normal normale normalen normaler standard regular ordinaria ordinario general
    reduced reduziert reduzierte reduzierten ermäßigt ermäßigte ermäßigten réduit réduite reduit reduite agevolata agevolato
    ridotta ridotto reducido reducida super superreducido superridotta env aprox
    wäre wären était étaient serait seraient fosse fossero sarebbe sarebbero fuera fuese fueran fuesen serían
    electronics Elektronik électronique electronique elettronica electrónica electronica
  `),
  han: [
    '约占比', '差不多', '大概是', '攤下來', '摊下来', '分摊', '分攤', '占比', '约占', '大概', '大约', '大約', '每件', '单件', '單件', '一件', '预算', '預算',
    '估计', '估計', '预计', '預計', '一般', '就是', '算是', '都是', '设为', '設為', '定为', '定為', '还是', '還是', '仍然', '依然', '摊到', '攤到', '每个',
    '每個', '是', '为', '為', '到', '那边谈的是', '那邊談的是', '谈的是', '談的是', '净销售额的', '淨銷售額的', '净销售额', '淨銷售額',
    '销售额的', '銷售額的', '销售额', '銷售額', '的',
    '改', '调', '調', '倾到', '傾到', '谈到', '談到', '做到', '做成', '拉到', '拉高到', '放到', '开到', '開到', '上到', '降到', '降至', '涨到', '漲到', '提到', '改成', '改为', '改為', '变成', '變成', '调到', '調到', '压到', '壓到', '砍到', '加到', '减到', '減到',
    '要是', '如果', '抓', '再', '只给', '只給', '只按', '只要', '只', '先按', '暂按', '暫按', '先', '摊落', '攤落', '大概抓', '折合下来', '折下来', '折合', '算下来', '每台', '每套', '每只', '每隻', '每双', '每雙', '每盒', '一台', '一个', '一個',
    // "折扣给个15%", "广告来个10%": a measure word after the verb.
    '给个', '給個', '来个', '來個', '搞个', '搞個', '弄个', '弄個', '设个', '設個', '打个', '打個',
    '约', '約', '占', '佔', '按', '给', '給', '拿', '抽', '收', '要', '摊', '攤', '算', '留', '在', '花', '投', '设', '設', '定',
    // "投流也按10%", "广告也是10%": the same figure as the field before; "成本要是能压到8.5": a what-if's hedge.
    '也按', '也是', '也', '同样', '同樣', '要是能', '如果能', '能',
    // "成本这边出厂价+包装折下来6.5欧": what the cost is made of.
    '这边', '這邊', '包装', '包裝', '加上', '含',
    // "达人20%，广告再加5%": one more cost named in a list, not a change of an earlier value.
    '再加', '另加', '另外加', '加',
    // "尾程报价涨到3.3", "cost其实是4.3": a quote for the cost named, a correction of it.
    '报价', '報價', '费用', '費用', '其实', '其實', '实际上', '實際上', '实际', '實際', '应该', '應該',
    // "平台佣金电子类7%": the category the rate is for.
    '电子类', '電子類', '电子产品', '電子產品', '电子', '電子', '类目', '類目',
  ],
  punct: new Set([':', '：', '=', '＝', '~', '≈', '(', '（', '-', '–', '—', '+', '＋']),
};
const GAP_BEFORE: GapWords = {
  latin: words(`
    in for of on to as goes go going spent the our net sales revenue spend we
    campaign promo promotional launch flash coupon voucher
    für auf an als in fürs zum pro die der das
    de pour en d’ d' du des au aux dans le la les
    di per a in del della dei degli delle sulla sul sui nella nei da come il lo i gli le ai al alla alle agli allo
    para de en a del como por sobre el los las
  `),
  han: ['用来做', '用來做', '作为', '作為', '用于', '用於', '用在', '花在', '投在', '放在', '用来', '用來', '留给', '留給', '留作', '给到', '的', '给', '給', '投', '做', '去',
    // "按电子类7%扣平台佣金": the verb of a fee taken.
    '扣', '扣除', '收', '抽'],
  punct: new Set(),
};
const GOODS_AFTER_COST = /^\s+(?:de la|de los|de las|del|de|of the|of|der|des|du|de l['’]|della|dello|dei|delle|degli|di)\s*\p{L}+[:：]?\s*(?:€\s*)?$/iu;
// "the IVA on our oil is 10%", "die MwSt. für unsere Bücher liegt bei 7 %", "la TVA sur nos thés est de 5,5 %".
const GOODS_AFTER_RATE =
  /^\.?\s+(?:(?:on|for)\s+(?:our|the|my|these|this)|für\s+(?:unsere|unser|die|das|den)|auf\s+(?:unsere|die)|sur\s+(?:nos|notre|le|la|les)|(?:sul|per\s+il|per\s+i)\s+(?:nostro|nostri)?|(?:sulla|per\s+la)\s+(?:nostra)?|(?:en|de|para)\s+(?:nuestro|nuestra|nuestros|nuestras|el|la|los|las))\s+\p{L}+\s+(?:is|are|would be|ist|sind|liegt bei|liegen bei|est(?:\s+de|\s+à)?|sont|è(?:\s+al|\s+del)?|sono|es(?:\s+del)?|son)\s*$/iu;
const GAP_PIECE = /\p{Script=Latin}+(?:['’]\p{Script=Latin}*)?|\p{Script=Han}+|[ \t\u00a0]+|\S|\n/gu;
/** Stands in for a country name in the gap after a label (same length as the name it covers). */
const PLACE = '\uE000';

// "(reduced VAT, 7%)", "（达人，15%）": a bracket holding only a label and its number binds them across the comma.
function insideOneBracket(masked: string, start: number, end: number, gap: string): boolean {
  if (!/^\s*[,，]\s*$/u.test(gap)) return false;
  const open = Math.max(masked.lastIndexOf('(', start), masked.lastIndexOf('（', start));
  if (open < 0 || /[)）,，;；。\n]/u.test(masked.slice(open + 1, start))) return false;
  return /^\s*[)）]/u.test(masked.slice(end));
}

function isGap(gap: string, allowed: GapWords, places = false): boolean {
  let previous = '';
  for (const [piece] of gap.matchAll(GAP_PIECE)) {
    if (/^[ \t\u00a0]+$/.test(piece)) continue;
    if (piece === PLACE) {
      if (!places) return false;
    } else if (/\p{Script=Han}/u.test(piece)) {
      let rest = piece;
      while (rest) {
        const hit = allowed.han.find((h) => rest.startsWith(h));
        if (!hit) return false;
        rest = rest.slice(hit.length);
      }
    } else if (/\p{Script=Latin}/u.test(piece)) {
      // "d’environ": the elided article, then the word.
      const parts = piece.match(/^(\p{Script=Latin}+['’])(\p{Script=Latin}+)$/u)?.slice(1) ?? [piece];
      if (!parts.every((w) => allowed.latin.has(w.toLowerCase()))) return false;
    } else if (piece === '.') {
      // "approx. 10", "ca. 10 %": the abbreviation's point only.
      if (!/^(?:approx|aprox|ca|env)$/i.test(previous)) return false;
    } else if (!allowed.punct.has(piece)) {
      return false;
    }
    previous = piece;
  }
  return true;
}

/**
 * The text between a label and the number after it. A label written in brackets as a gloss of the one before it
 * ("Fracht ins Lager (头程) 0,80 €", "envío al almacén (inbound) 1,20 €") ends at its closing bracket.
 */
function gapAfterLabel(masked: string, label: { start: number; end: number }, numberStart: number): string {
  const gap = masked.slice(label.end, numberStart);
  const opened = masked[label.start - 1];
  return (opened === '(' && gap.startsWith(')')) || (opened === '（' && gap.startsWith('）')) ? gap.slice(1) : gap;
}

interface LabelHit {
  field: MarginField;
  text: string;
  start: number;
  end: number;
  used: boolean;
}

export interface ParsedMarginText {
  /** Values read from the text; rates as fractions. */
  input: Partial<MarginInput>;
  /** Fields given in the text (market and listPrice included). */
  found: Array<keyof MarginInput>;
  /** The text asks about profit, margin, break-even or price. */
  asksProfit: boolean;
  /** The text asks to compare markets ("四国对比", "compare markets"). */
  asksComparison: boolean;
  /**
   * The seller has not chosen the market yet ("pas encore choisi entre l'Italie et l'Espagne", "还没定放哪个国家"):
   * the markets still in question (empty when none was named). The reply asks for the market and previews these.
   */
  marketOpen?: string[];
  /** The text asks for several prices ("价格梯度", "price ladder"). */
  asksLadder: boolean;
  /** The price was given without VAT ("不含税", "excl. VAT"). */
  priceExcludesVat: boolean;
  /** Numbers that had a label but could not be used, e.g. ads given in euros. */
  ignored: Array<{ field: MarginField; text: string }>;
  /** Each number that became an input, as typed, with its field. */
  used?: Array<{ field: MarginField; text: string }>;
  /** Every number in the text that is not an input (unlabelled, a quantity, the ignored and rejected ones), as typed. */
  unread?: string[];
  /** Numbers that cannot be used as typed: a sign, an exponent, a range, "NaN"; with the field their label names. */
  rejected?: RejectedNumber[];
  /** A second value given for a field ("另一款卖12.5欧…售价45欧"): not used, named back with the one that was. */
  setAside?: Array<{ field: MarginField; text: string; kept: string }>;
  /** Plain shipping labels ("运费 3", "shipping 3") read as shipping the buyer pays, as typed. */
  shippingAsBuyer?: string[];
  /**
   * Fields stated without a number, as typed: "no ads", "不投流", "niente sconto" (set to 0 in `input`), and
   * "Provision normal", "commissione standard" (the default kept, `value: 'default'`).
   */
  stated?: Array<{ field: MarginField; text: string; value: 0 | 'default' }>;
}

const PROFIT_RE =
  /利润|利潤|赚|賺|盈利|毛利|亏|虧|保本|回本|能挣|挣多少|定价多少|定價多少|卖多少|賣多少|profit|margin|make money|earn|break[- ]?even|\broi\b|how much (?:do|would|will|can) (?:i|we)|worth it|Gewinn|Marge|verdien|lohnt|bénéfice|benefice|rentab|je gagne|on gagne|guadagn|margine|utile|beneficio|ganancia|gano|ganamos|margen/iu;
const COMPARE_RE =
  /对比|對比|比较|比較|四国|四國|各国|各國|各站|哪个(?:站|国家)|compare|comparison|each market|every market|all markets|all four|vergleich|alle Märkte|comparer|comparaison|tous les marchés|confronta|confronto|tutti i mercati|comparar|comparativa|todos los mercados/iu;
// "on hésite entre la France et l'Espagne", "Germany or Italy, not decided": two markets and no choice made yet.
const UNDECIDED_RE =
  /还没定|還沒定|没定|沒定|还在考虑|還在考慮|犹豫|猶豫|还是|還是|\b(?:or|undecided|not decided|haven't decided|deciding between|torn between)\b|\b(?:oder|unentschlossen|noch nicht entschieden|schwanken)\b|\b(?:hésite|hésitons|ou bien|pas encore décidé)(?!\p{L})|\b(?:indecisi|non abbiamo deciso|tra .{1,20} e )\b|\b(?:dudamos|no hemos decidido|entre .{1,20} y )\b|\bentre (?:la |le |l['’])?\S+ et\b|\bou\b/iu;
// "具体放哪个国家还没定", "还没想好进哪个站", "haven't decided which country yet": the market is an open choice, not a
// request to compare ("哪个站利润最高" is one).
const MARKET_OPEN_RE =
  /(?:放|去|进|進|做|选|選)?哪(?:个|個|一个|一個)?(?:站|国家|國家|国|國|市场|市場)?(?:都)?(?:还|還)?(?:没|沒|未)(?:定|想好|决定|決定|选好|選好)|(?:还|還)?(?:没|沒)(?:想好|定好?|决定|決定|选好|選好)(?:要)?(?:放|去|进|進|做|选|選)?哪(?:个|個)?(?:站|国家|國家|国|國)|都在(?:考虑|考慮|看)|考虑中|考慮中|\b(?:haven'?t|have not|not yet|didn'?t|did not|don'?t know yet)\s+(?:decided|chosen|picked|settled on)\s+(?:on\s+)?(?:which|what|the)\s+(?:market|country|site|store)|\bnot sure (?:yet )?which (?:market|country)|noch nicht (?:entschieden|festgelegt|ausgesucht)|pas encore (?:choisi|décidé|tranché)|non (?:abbiamo|ho) ancora (?:deciso|scelto)|no (?:hemos|he) (?:decidido|elegido) (?:todavía|aún)|todavía no (?:hemos|he) (?:decidido|elegido)/iu;
const LADDER_RE = /阶梯|階梯|梯度|不同(?:的)?(?:售)?价|几个价|幾個價|价格表|價格表|ladder|different prices|price points|several prices|other prices|Preisstaffel|verschiedene Preise|plusieurs prix|prezzi diversi|varios precios/iu;
const EXCL_VAT_RE =
  /不含税|不含稅|未税|未稅|税前|稅前|除税|excl\.?\s*(?:of\s*)?VAT|excluding VAT|ex\.?\s*VAT|net of VAT|before VAT|without VAT|netto|Nettopreis|ohne MwSt|zzgl\.? MwSt|hors taxes?|\bHT\b|IVA esclusa|senza IVA|prezzo netto|sin IVA|IVA no incluido/iu;
const ELECTRONICS_RE = /电子产品|電子產品|消费电子|消費電子|3C|electronics|Elektronik|électronique|electronique|elettronica|electrónica|electronica/iu;
const NEW_SELLER_RE = /新商家|新卖家|新賣家|新店|新入驻|新入駐|new seller|new shop|newly joined|neuer Verkäufer|neue Verkäufer|nouveau vendeur|nuovo venditore|vendedor nuevo|nuevo vendedor/iu;
const LOCAL_HOSTING_RE = /本地托管|本地託管|本托|本託|local[- ]?hosting|hébergement local|hosting locale|alojamiento local/iu;

// "utile netto", "Gewinn netto", "net profit": the profit after costs, not a price without VAT.
const NET_PROFIT_RE =
  /(?:utile|guadagno|profitto|margine|ricavo|Gewinn|Ertrag|Überschuss|Marge|bénéfice|marge|beneficio|ganancia|margen|profit|margin)\s+(?:netto|netta|netti|net|nette|neto|neta)/giu;

const ORIGIN_BEFORE = /(?:\baus|\bfrom|\bbased in|\bde|\bda|\bdesde|来自|來自)\s*$/iu;
const NET_BASE_RE =
  /(?:vom|von|des|du|de la|del|dal|of|sur le|sul|sobre el|sobre las?)\s+(?:Netto|net|netto|neto)(?:umsatz|[- ]?sales|[- ]?revenue|\s+sales|\s+revenue|\s+ventes|\s+vendite|\s+ventas)?|净销售额|淨銷售額|净额|淨額/giu;
const INCL_VAT_RE = /(?<![不未])含税|(?<![不未])含稅|inkl\.?\s*(?:MwSt|USt)|incl\.?\s*(?:of\s*)?VAT|including VAT|VAT[- ]inclusive|\bTTC\b|IVA inclusa|IVA incluida|IVA incluido|IVA incl\.?|ivato/iu;

/** Fields a seller may say are not there, without a number: "no ads", "不投流", "keine Creator", "niente sconto". */
const ZEROABLE = new Set<MarginField>(['affiliateRate', 'adsRate', 'sellerDiscount', 'returnRate', 'platformSubsidy', 'buyerShipping']);
// A negation right before the label, with at most a few filler words between ("no paid ads", "pas de pub", "no hay
// publicidad", "暂时不投广告", "也不打折"), or right after it ("广告不投", "Ads: keine", "pub : aucune").
const NEG_WORD =
  /(?:^|[^\p{L}])(?:no|zero|without|not|don['’]t|do not|won['’]t|kein|keine|keinen|keiner|ohne|null|sans|pas de|pas d['’]|aucun|aucune|zéro|nessun|nessuno|nessuna|niente|senza|sin|ningún|ninguno|ninguna|nada de|cero)(?:\s+(?:any|the|more|extra|paid|run|running|use|using|do|on|for|de|d['’]|la|le|les|du|des|el|los|las|il|lo|i|gli|di|hay|für|machen|wir|mit|ci|c['’]è|facciamo|hacemos|usamos|ponemos|en|in))*\s*$/iu;
const NEG_HAN = /(?:暂时不投|暫時不投|暂不投|暫不投|暂时不|暫時不|暂不|暫不|不投|不打|不做|不开|不開|不找|不用|不走|不给|不給|不要|没有找|沒有找|没找|沒找|没有投|沒有投|没投|沒投|没有|沒有|没|沒|无|無|零|不)\s*$/u;
const NEG_AFTER = /^\s*[:：]?\s*(?:不投|不做|不打|不开|不開|不用|不找|没有|沒有|暂无|暫無|暂不投|暫不投|无|無|(?:none|nil|keine|kein|keiner|keins|aucune?|nessun[oa]?|niente|ninguno|ninguna|nada)(?![\p{L}]))/iu;
// "niente creator né ads", "no creators or ads", "sin creadores ni publicidad": the negation runs on over a list.
const NEG_LIST = /^\s*(?:né|ni|nor|or|and|oder|noch|und|ou|et|o|y|e|、|和|或|也|及|,\s*(?:ni|né|nor|noch))\s*(?:no\s+|kein[e]?\s+|pas\s+de\s+|sans\s+)?$/iu;
// "Provision normal", "commissione standard", "平台佣金就按现在的标准来": the default commission, on purpose.
const DEFAULT_WORD =
  /normal|normale|standard|default|usual|regular|üblich|übliche|regulär|habituel|habituelle|habitual|de siempre|solita|标准|標準|默认|默認|正常|照常|通用/iu;

/** The clause a label stands in: from the comma, full stop or line break before it to the next one. */
function clauseOf(text: string, start: number, end: number): [number, number] {
  const isEnd = (i: number): boolean => /[，,。;；!?！？\n–—]/u.test(text[i]) || (text[i] === '.' && (i + 1 >= text.length || /\s/u.test(text[i + 1])));
  let from = start;
  while (from > 0 && !isEnd(from - 1)) from--;
  let to = end;
  while (to < text.length && !isEnd(to)) to++;
  return [from, to];
}

const zeroableField = (label: LabelHit): MarginField | undefined =>
  ZEROABLE.has(label.field) && !PLAIN_SHIPPING.has(label.text.toLowerCase()) ? label.field : undefined;

/** The negation right before a label that can be absent ("不投流", "keine Werbung", "sin descuento"), if any. */
function negationBefore(masked: string, label: LabelHit, labels: LabelHit[]): RegExpExecArray | null {
  if (!zeroableField(label)) return null;
  const [from] = clauseOf(masked, label.start, label.end);
  const before = masked.slice(from, label.start);
  const m = NEG_WORD.exec(before) ?? NEG_HAN.exec(before);
  if (!m) return null;
  // "广告不投 买家运费 3": the negation closes the label before it, it does not open this one.
  const at = from + m.index + (m[0].length - m[0].trimStart().length);
  return labels.some((l) => l !== label && l.end >= from && l.end <= at && !masked.slice(l.end, at).trim()) ? null : m;
}

/**
 * Labels stated without a number: a negated rate or discount is 0 and an input ("no ads" shows "ads 0%"); a
 * commission said to be the usual one keeps the default and is recorded, so neither is taken for an unread field.
 */
function readStatements(masked: string, labels: LabelHit[], input: Partial<MarginInput>, stated: NonNullable<ParsedMarginText['stated']>): void {
  let negatedEnd = -1;
  for (const label of labels) {
    if (label.used) continue;
    if (label.field === 'commissionRate') {
      const [from, to] = clauseOf(masked, label.start, label.end);
      const clause = masked.slice(from, to);
      if (input.commissionRate === undefined && DEFAULT_WORD.test(clause) && !stated.some((x) => x.field === 'commissionRate')) {
        stated.push({ field: 'commissionRate', text: clause.trim(), value: 'default' });
        label.used = true;
      }
      continue;
    }
    const field = zeroableField(label);
    if (!field || input[field] !== undefined) continue;
    const after = masked.slice(label.end);
    const listed = negatedEnd >= 0 && negatedEnd <= label.start && NEG_LIST.test(masked.slice(negatedEnd, label.start));
    const neg = negationBefore(masked, label, labels);
    const negAfter = NEG_AFTER.exec(after);
    if (!listed && !neg && !negAfter) continue;
    input[field] = 0;
    const text = negAfter ? label.text + negAfter[0] : neg ? neg[0].replace(/^[^\p{L}\p{Script=Han}]+/u, '') + label.text : label.text;
    stated.push({ field, text: text.trim(), value: 0 });
    label.used = true;
    negatedEnd = label.end + (negAfter ? negAfter[0].length : 0);
  }
}

/** A rate label with a bare number: "佣金9" is 9%, "returns 0.05" is 5%. */
function toRate(token: NumberToken): number | undefined {
  if (token.kind === 'percent' || token.kind === 'zhe') return token.value;
  if (token.kind !== 'amount' || token.currency) return undefined;
  return token.value >= 1 ? Number((token.value / 100).toPrecision(12)) : token.value;
}

const clauseAround = (text: string, start: number, end: number): string => {
  const before = text.slice(0, start).search(/[^，,。.;；\n]*$/u);
  const after = text.slice(end).search(/[，,。;；\n]|$/u);
  return text.slice(before, end + after);
};

type Item = { token: NumberToken; start: number } | { label: LabelHit; start: number };
/** A pair's looseness: the spaces in its gap. Connectors ("的", "for", ":", "是") bind; a bare space only separates. */
const looseness = (gap: string): number => gap.replace(/\S/g, '').length;

type Score = { pairs: number; gap: number; labelFirst: number };

const better = (x: Score, y: Score): boolean =>
  x.pairs !== y.pairs ? x.pairs > y.pairs : x.gap !== y.gap ? x.gap < y.gap : x.labelFirst > y.labelFirst;

/** The pairs of a maximum matching between neighbouring numbers and labels (a path, so a linear DP). */
function pairNumbersWithLabels(
  text: string,
  masked: string,
  tokens: NumberToken[],
  labels: LabelHit[],
  fits: (t: NumberToken, l: LabelHit) => boolean,
): Array<[NumberToken, LabelHit]> {
  const items: Item[] = [...tokens.map((token) => ({ token, start: token.start })), ...labels.map((label) => ({ label, start: label.start }))].sort(
    (a, b) => a.start - b.start,
  );
  // The edge between item i-1 and item i, when one is a number the other, a label, can take, with an allowed gap
  // ("21,90 € IVA inclusa" is no VAT rate, so "Prezzo in Italia" keeps its price).
  const edge = (i: number): { pair: [NumberToken, LabelHit]; gap: number; labelFirst: boolean } | undefined => {
    const a = items[i - 1];
    const b = items[i];
    if ('label' in a && 'token' in b && fits(b.token, a.label)) {
      const gap = gapAfterLabel(masked, a.label, b.token.start);
      // "coste de la lámpara 18,50 €", "cost of the lamp 18.50": the goods named after the cost label.
      const ok =
        isGap(gap, GAP_AFTER, true) ||
        (a.label.field === 'unitCost' && GOODS_AFTER_COST.test(gap)) ||
        ((a.label.field === 'vatRate' || a.label.field === 'commissionRate') && GOODS_AFTER_RATE.test(gap)) ||
        insideOneBracket(masked, a.label.start, b.token.end, gap);
      return ok ? { pair: [b.token, a.label], gap: looseness(gap), labelFirst: true } : undefined;
    }
    if ('token' in a && 'label' in b && fits(a.token, b.label)) {
      const gap = masked.slice(a.token.end, b.label.start);
      return isGap(gap, GAP_BEFORE) ? { pair: [a.token, b.label], gap: looseness(gap), labelFirst: false } : undefined;
    }
    return undefined;
  };
  const zero: Score = { pairs: 0, gap: 0, labelFirst: 0 };
  const best: Array<{ score: Score; take: boolean }> = items.map(() => ({ score: zero, take: false }));
  for (let i = 1; i < items.length; i++) {
    const skip = best[i - 1].score;
    const e = edge(i);
    const before = i >= 2 ? best[i - 2].score : zero;
    const take = e ? { pairs: before.pairs + 1, gap: before.gap + e.gap, labelFirst: before.labelFirst + Number(e.labelFirst) } : undefined;
    best[i] = take && better(take, skip) ? { score: take, take: true } : { score: skip, take: false };
  }
  const out: Array<[NumberToken, LabelHit]> = [];
  for (let i = items.length - 1; i >= 1; ) {
    if (best[i].take) {
      out.push(edge(i)!.pair);
      i -= 2;
    } else {
      i -= 1;
    }
  }
  return out.reverse();
}

const CLAUSE_BREAK = /[，,；;。!?！？\n]/gu;
const ALONE_AFTER = /^(?:\s|左右|上下|吧|的样子|的樣子|or so|ish|roughly|ungefähr|environ|circa|más o menos)*$/iu;

/** The one unused label of the clause before a number that stands alone as its own clause. */
function labelOfClauseBefore(text: string, token: NumberToken, tokens: NumberToken[], labels: LabelHit[]): LabelHit | undefined {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const open = breaks.filter((b) => b < token.start).at(-1);
  if (open === undefined || text.slice(open + 1, token.start).trim() !== '') return undefined;
  const close = breaks.find((b) => b >= token.end) ?? text.length;
  if (!ALONE_AFTER.test(text.slice(token.end, close))) return undefined;
  const from = breaks.filter((b) => b < open).at(-1) ?? -1;
  if (tokens.some((t) => t.start > from && t.start < open)) return undefined;
  const inClause = labels.filter((l) => l.start > from && l.end <= open);
  return inClause.length === 1 && !inClause[0].used ? inClause[0] : undefined;
}

const SELLING_VERBS = new Set(
  ['卖', '賣', 'sell', 'selling', 'sells', 'sold at', 'sold for', 'sell at', 'sell for', 'verkaufen', 'verkaufe', 'verkauft', 'vendu', 'vendus',
    'vendue', 'vends', 'vend', 'vendons', 'vendiamo', 'vendo', 'venduto', 'vendemos', 'vendido', 'vende'],
);

const OTHER_PLATFORM_RE =
  /亚马逊|亞馬遜|速卖通|速賣通|独立站|獨立站|虾皮|蝦皮|(?<!\p{Script=Latin})(?:Amazon|AMZ|FBA|Temu|Shopee|eBay|Otto|Zalando|Cdiscount|Kaufland|AliExpress|Shopify|Etsy|Allegro|Fnac|ManoMano|Lazada|Walmart|Vinted|bol\.com)(?!\p{Script=Latin})/iu;
const TIKTOK_RE = /抖音|本托|本託|本地托管|本地託管|(?<!\p{Script=Latin})(?:TikTok|TTS|TK|Local Hosting)(?!\p{Script=Latin})/iu;
const PLATFORM_FIELDS = new Set<MarginField>(['listPrice', 'commissionRate', 'sellerDiscount']);

/**
 * The sentence at `at` speaks of another marketplace and not of TikTok Shop, or its clause does: "Same grip sells for
 * €14.99 on Amazon.de, we have 6k followers on our brand TikTok…" tells Amazon's price beside a TikTok account.
 */
function aboutAnotherPlatform(text: string, at: number): boolean {
  const [from, to] = sentenceOf(text, at);
  const about = (part: string) => OTHER_PLATFORM_RE.test(part) && !TIKTOK_RE.test(part);
  if (about(text.slice(from, to))) return true;
  const before = text.slice(from, at).search(/[,;，；](?!.*[,;，；])/su);
  const start = before >= 0 ? from + before + 1 : from;
  const after = text.slice(at, to).search(/,(?!\d)|[;，；]/u);
  return about(text.slice(start, after >= 0 ? at + after : to));
}

interface Rival {
  field: MarginField;
  token: NumberToken;
  value: number;
  /** Found without a label of its field. */
  weak?: boolean;
}

// Not after an abbreviation: "24,90 € inkl. TVA, Einkauf 6,80 €" is one sentence.
const SENTENCE_END = /[。！？!?\n]|(?<!(?:^|[^\p{L}])(?:inkl|exkl|zzgl|incl|excl|approx|ca|bzw|usw|etc|env|cca|aprox|vgl|ggf|Nr|St))\.(?=\s|$)/giu;
/** The sentence a position stands in: from the full stop, question mark or line break before it to the next one. */
function sentenceOf(text: string, at: number): [number, number] {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index >= at) return [from, m.index];
    from = m.index + 1;
  }
  return [from, text.length];
}

/**
 * Sellers tell their story before the sum: "另一款卖12.5欧的挂钩卖得不错。现在想上法国站，售价45欧，打8折，达人15%…",
 * "il modello base lo vendiamo a 29,90. Su TikTok vorremmo venderla a 41,90 €, sconto 20 %…". Of two values for one
 * field, the input is the one whose sentence holds more of the other inputs; on a tie the first stays (a labelled one
 * before one without a label). The other is named back with the unread numbers.
 */
function chooseAmongRivals(
  text: string,
  rivals: Rival[],
  input: Partial<MarginInput>,
  used: NonNullable<ParsedMarginText['used']>,
  inputs: Set<NumberToken>,
  placed: Set<NumberToken>,
  holders: Map<MarginField, NumberToken>,
  weakHolders: Set<NumberToken>,
): NonNullable<ParsedMarginText['setAside']> {
  const setAside: NonNullable<ParsedMarginText['setAside']> = [];
  // The two rivals never count for each other: in one sentence they tie, and the first stays.
  const neighbours = (token: NumberToken, other: NumberToken): number => {
    const [from, to] = sentenceOf(text, token.start);
    return [...inputs].filter((t) => t !== token && t !== other && t.start >= from && t.start < to).length;
  };
  // One change of holder per field: a field whose holder was displaced is decided.
  const decided = new Set<MarginField>();
  for (const rival of rivals) {
    const holder = holders.get(rival.field);
    if (!holder || decided.has(rival.field)) continue;
    const mine = neighbours(rival.token, holder);
    // A number without a label only displaces one read from a verb of selling or from no label: "PVP 19,95 €" holds against an
    // unlabelled "0,75 €" beside the costs.
    if (mine <= neighbours(holder, rival.token) || (rival.weak && (mine < 2 || !weakHolders.has(holder)))) {
      if (!rival.weak) setAside.push({ field: rival.field, text: rival.token.text, kept: holder.text });
      continue;
    }
    setAside.push({ field: rival.field, text: holder.text, kept: rival.token.text });
    inputs.delete(holder);
    input[rival.field] = rival.value;
    used[used.findIndex((u) => u.field === rival.field)] = { field: rival.field, text: rival.token.text };
    inputs.add(rival.token);
    placed.add(rival.token);
    holders.set(rival.field, rival.token);
    decided.add(rival.field);
  }
  return setAside;
}

// A product "costs" a price ("das Produkt kostet", "el producto cuesta"); "nos cuesta", "uns kostet" is what it costs us.
const SELLS_FOR = /^(?:das\s+)?Produkt\s+kostet$|^(?:el\s+)?(?:producto|artículo)\s+cuesta$|^(?:il\s+)?prodotto\s+costa$|^(?:le\s+)?produit\s+coûte$/iu;

/** The fields the labels in a text name, in order ("售价提高2欧" → listPrice; "half the ads" → adsRate). */
export function findLabelFields(text: string): MarginField[] {
  // A plain shipping label reads as parseMarginText reads it.
  return [...text.matchAll(LABEL_RE)]
    .map((m) => (PLAIN_SHIPPING.has(m[0].toLowerCase()) ? plainShippingField(text) : LABEL_FIELD.get(m[0].toLowerCase())))
    .filter((f): f is MarginField => f !== undefined);
}

// "售价/进价/头程/尾程 39.9/6.45/0.6/3.99", "creator/ads 12,5/5 %", "PVP/coste/flete/envío: 18,99/2,7/0,35/5,2": labels
// joined by slashes, then as many numbers joined by slashes (a unit after the last one is all of theirs).
const SLASH_LIST =
  /((?:[^\s/,，;；:：=|•·\-–—]+(?: [^\s/,，;；:：=|•·\-–—\d]+)?)(?:\s*\/\s*[^\s/,，;；:：=|•·\-–—\d]+(?: [^\s/,，;；:：=|•·\-–—\d]+)?)+)\s*[:：=]?\s*((?:€\s?)?\d+(?:[.,]\d+)?(?:\s*\/\s*(?:€\s?)?\d+(?:[.,]\d+)?)+)(\s*(?:%|％|€|eur(?:os?)?|EUR|欧元?|歐元?|个点|個點|pct|percent|per ?cent|Prozent|pour ?cent|por ?ciento|per ?cento)(?![\p{L}]))?/gu;

/** The slash lists of a text written out as label-number pairs ("售价 39.9, 进价 6.45, …"). */
function spreadSlashLists(text: string): string {
  return text.replace(SLASH_LIST, (whole, labelPart: string, numberPart: string, unit: string | undefined) => {
    const numbers = numberPart.split('/').map((n) => n.trim());
    const pieces = labelPart.split('/').map((l) => l.trim());
    if (pieces.length < numbers.length) return whole;
    const named = pieces.slice(pieces.length - numbers.length);
    // The first may carry words before its label ("这个品售价", "Spanish shop price"): its label is the end of it.
    const head = named[0]!;
    const headLabel = byLength.find((l) => head.toLowerCase().endsWith(l) && (head.length === l.length || !/\p{Script=Latin}/u.test(head[head.length - l.length - 1]!)));
    if (!headLabel || !named.slice(1).every((l) => LABEL_FIELD.has(l.toLowerCase()))) return whole;
    const lead = labelPart.slice(0, labelPart.length - labelPart.split('/').slice(pieces.length - numbers.length).join('/').length) + head.slice(0, head.length - headLabel.length);
    const labels = [head.slice(head.length - headLabel.length), ...named.slice(1)];
    return `${lead}${labels.map((l, i) => `${l} ${numbers[i]}${unit ?? ''}`).join(', ')}`;
  });
}

export function parseMarginText(raw: string): ParsedMarginText {
  const text = spreadSlashLists(raw);
  const tokens = findNumberTokens(text).filter((t) => t.kind !== 'date');
  const labels: LabelHit[] = [...text.matchAll(LABEL_RE)]
    .map((m) => ({ field: LABEL_FIELD.get(m[0].toLowerCase()), text: m[0], start: m.index, end: m.index + m[0].length, used: false }))
    .filter((l): l is LabelHit => l.field !== undefined && !tokens.some((t) => l.start >= t.start && l.start < t.end))
    .filter((l, i, all) => !COST_VERB_SET.has(l.text.toLowerCase()) || !all.slice(0, i).some((o) => /^[\s\p{L}'’]{0,6}$/u.test(text.slice(o.end, l.start)) && o.end <= l.start))
    // A bare "transport" could be either leg: only beside a label of the last mile is it the leg in.
    .filter((l, _, all) => !BARE_TRANSPORT.has(l.text.toLowerCase()) || all.some((o) => o.field === 'fulfillmentFee' || o.field === 'buyerShipping'))
    // "Produkt kostet 39,99 €" beside "Einkauf 9,80 €": what the product costs the buyer, when the cost is named too.
    .map((l, _, all) =>
      l.field === 'unitCost' && SELLS_FOR.test(l.text) && !all.some((o) => o.field === 'listPrice') && all.some((o) => o !== l && o.field === 'unitCost' && !SELLS_FOR.test(o.text))
        ? { ...l, field: 'listPrice' as MarginField }
        : l,
    );
  // "达人那边谈的佣金是15%", "creators' commission 15%": a commission word right after a creator word is the creators'.
  for (const [i, label] of labels.entries()) {
    const before = labels[i - 1];
    if (label.field !== 'commissionRate' || before?.field !== 'affiliateRate') continue;
    const gap = text.slice(before.end, label.start);
    const negated = /(?:\b(?:no|without|ohne|kein|keine|sans|pas de|senza|niente|sin)\s*|不找|不用|没有|没|無|无)$/iu.test(text.slice(Math.max(0, before.start - 12), before.start));
    // A space alone only before a Latin commission word ("KOL/达人 commission 10%"): in Chinese it separates items.
    const spaced = /^[)）]?[ ]$/u.test(gap) && /\p{Script=Latin}/u.test(label.text);
    // "Influencers want 20% commission", "达人要20%佣金": the rate between them, and the commission word after it, are the creators'.
    const between = tokens.filter((t) => t.start >= before.end && t.end <= label.start);
    const rateBetween =
      /^(?:commission|commissions|佣金|傭金|provision|commissione|comisi[oó]n)$/iu.test(label.text) &&
      between.length === 1 &&
      between[0]!.kind === 'percent' &&
      // In Chinese a space separates items: "达人要20%佣金" is one, "达人佣金1% 佣金1.1%" two.
      (/\p{Script=Han}/u.test(label.text) ? text.slice(between[0]!.end, label.start) === '' : /^[ \t\u00a0]*$/u.test(text.slice(between[0]!.end, label.start))) &&
      !(/\p{Script=Han}/u.test(label.text) ? /[\s,;，；。]/u : /[\n,;，；。]/u).test(text.slice(before.end, between[0]!.start)) &&
      isGap(text.slice(before.end, between[0]!.start), GAP_AFTER);
    if (!negated && rateBetween) label.field = 'affiliateRate';
    else if (!negated && (spaced || /^(?:['’]s?[ ]?|\p{Script=Han}{1,6})$/u.test(gap))) {
      label.field = 'affiliateRate';
      before.used = true;
    }
  }
  // Country names inside a gap ("verkaufen wollen wir in DE für 39,95 €") are read as one placeholder each.
  const mentions = findCountryMentions(text);
  let masked = text;
  for (const m of mentions) masked = masked.slice(0, m.start) + PLACE.repeat(m.end - m.start) + masked.slice(m.end);
  const input: Partial<MarginInput> = {};
  const ignored: ParsedMarginText['ignored'] = [];
  const stated: NonNullable<ParsedMarginText['stated']> = [];
  const used: NonNullable<ParsedMarginText['used']> = [];
  const rejected: RejectedNumber[] = [];
  const shippingAsBuyer: string[] = [];
  const placed = new Set<NumberToken>();
  const inputs = new Set<NumberToken>();
  /** A second labelled value for a field already filled: which of the two is the input is decided at the end. */
  const rivals: Rival[] = [];
  /** Prices read from a verb of selling ("lo vendiamo a 29,90") or from no label at all: a story's number, often. */
  const weakHolders = new Set<NumberToken>();
  /** The token each input came from. */
  const holders = new Map<MarginField, NumberToken>();
  const use = (field: MarginField, token: NumberToken): void => {
    used.push({ field, text: token.text });
    inputs.add(token);
    holders.set(field, token);
  };

  const fieldFor = (token: NumberToken, label: LabelHit): MarginField => {
    if (token.kind === 'zhe') return 'sellerDiscount';
    if (label.field === 'buyerShipping' && PLAIN_SHIPPING.has(label.text.toLowerCase())) {
      return plainShippingField(clauseAround(text, label.start, token.end));
    }
    return label.field;
  };
  const valueFor = (token: NumberToken, field: MarginField): number | undefined => {
    if (AMOUNT_FIELDS.has(field)) return token.kind === 'amount' ? token.value : undefined;
    return toRate(token);
  };
  const tryAssign = (token: NumberToken, label: LabelHit): boolean => {
    const field = fieldFor(token, label);
    if (token.kind === 'invalid' && field === 'sellerDiscount' && token.invalid === 'negative' && token.percentLike && input.sellerDiscount === undefined) {
      // "Rabatt -10 %", "remise -20 %": a discount is written with its minus sign; it is the same 10%.
      input.sellerDiscount = Number((-token.value / 100).toPrecision(12));
      use(field, token);
    } else if (token.kind === 'invalid') {
      rejected.push({ field, text: token.text, problem: token.invalid === 'range' ? 'range' : (token.invalid ?? 'not-a-number') });
    } else {
      const value = valueFor(token, field);
      if (value === undefined) return false;
      if (input[field] !== undefined) {
        if (!rivals.some((r) => r.token === token)) rivals.push({ field, token, value });
        return false;
      }
      input[field] = value;
      use(field, token);
      if (SELLING_VERBS.has(label.text.toLowerCase())) weakHolders.add(token);
      if (field === 'fulfillmentFee' && label.field === 'buyerShipping') shippingAsBuyer.push(`${label.text} ${token.text}`);
    }
    label.used = true;
    placed.add(token);
    return true;
  };
  const labelBefore = (token: NumberToken): LabelHit | undefined => {
    const before = pairable.filter((l) => !l.used && l.end <= token.start).at(-1);
    if (!before) return undefined;
    const between = tokens.some((t) => t !== token && t.start >= before.end && t.start < token.start);
    return between || !isGap(gapAfterLabel(masked, before, token.start), GAP_AFTER, true) ? undefined : before;
  };
  const usable = (t: NumberToken): boolean => t.kind !== 'quantity';
  // A number a label can take: a value of the field's kind, or one typed wrong (named back with the field).
  const fits = (t: NumberToken, l: LabelHit): boolean =>
    usable(t) && (t.kind === 'invalid' || t.kind === 'zhe' || valueFor(t, fieldFor(t, l)) !== undefined);

  // Numbers and labels alternate along the text; each number pairs with a neighbouring label, before it ("成本8欧",
  // "commission 9%", "creators take 15%") or after it ("15%达人佣金", "8 euro cost", "10% on ads"). Choosing the pairs
  // is a matching on that path: as many pairs as possible, then the tightest, then label-first, so "15%达人佣金 10%广告"
  // and "cost 8 price 20" both read as written.
  // A label said to be absent takes no number ("不投流 52%": the 52% is named back, not read as the ads).
  // "我们在亚马逊德国卖同款29.99欧，那边佣金15%。", "Amazon price is 64.99.": a sentence about another marketplace
  // tells its price and fees, not TikTok's; those numbers are named back, never used.
  const pairable = labels.filter((l) => !negationBefore(masked, l, labels) && !(PLATFORM_FIELDS.has(l.field) && aboutAnotherPlatform(text, l.start)));
  for (const [token, label] of pairNumbersWithLabels(text, masked, tokens, pairable, fits)) if (!placed.has(token) && !label.used) tryAssign(token, label);
  // A labelled number of the wrong kind ("广告费2欧": ads are a rate here) is reported, not guessed.
  for (const token of tokens) {
    if (placed.has(token) || token.kind === 'zhe' || !usable(token)) continue;
    const label = labelBefore(token);
    if (label && input[label.field] === undefined) {
      ignored.push({ field: label.field, text: token.text });
      label.used = true;
      placed.add(token);
    }
  }
  // "on fait -25 %", "je fais -10 %": a percentage with a minus sign and no label is a markdown on the price.
  const minus = tokens.find((t) => !placed.has(t) && t.kind === 'invalid' && t.invalid === 'negative' && t.percentLike);
  if (minus && input.sellerDiscount === undefined && !rejected.some((r) => r.field === 'sellerDiscount')) {
    input.sellerDiscount = Number((-minus.value / 100).toPrecision(12));
    use('sellerDiscount', minus);
    placed.add(minus);
  }
  readStatements(masked, labels, input, stated);
  // "creator commission我们给得比较高，20%", "Werbung, so grob, 8 %": a number standing alone as its clause belongs to
  // the one label of the clause before, when that clause holds no number of its own and does not say the field's value
  // in words ("平台佣金按标准，52%" keeps the standard rate and names the 52% back).
  for (const token of tokens) {
    if (placed.has(token) || !usable(token) || token.kind === 'zhe') continue;
    const label = labelOfClauseBefore(text, token, tokens, pairable);
    if (label && fits(token, label) && !stated.some((x) => x.field === fieldFor(token, label))) tryAssign(token, label);
  }
  // Discounts written as 折 need no label ("打9折").
  for (const token of tokens) {
    if (placed.has(token) || token.kind !== 'zhe' || input.sellerDiscount !== undefined) continue;
    input.sellerDiscount = token.value;
    use('sellerDiscount', token);
    placed.add(token);
  }
  const takePrice = (token: NumberToken): void => {
    input.listPrice = token.value;
    use('listPrice', token);
    placed.add(token);
    // Read without a label: the first amount in euros, often a story's ("sells on Cdiscount for 42€").
    weakHolders.add(token);
  };
  // Amounts in euros no label took; those said of another marketplace ("bei Amazon für 32,99 €. Für TikTok planen wir
  // 29,90 €") are the story's.
  // A rival of a labelled field ("Einkauf 9,80 €" after "Produkt kostet 39,99 €") is no loose amount.
  const looseAmounts = tokens.filter((t) => !placed.has(t) && t.kind === 'amount' && t.currency && !rivals.some((r) => r.token === t));
  const storyAmounts = new Set(looseAmounts.filter((t) => aboutAnotherPlatform(text, t.start)));
  // An unlabelled amount in euros is the price ("€29.99, cost 8"), one outside such a story first.
  if (input.listPrice === undefined && !rejected.some((r) => r.field === 'listPrice')) {
    const price = looseAmounts.find((t) => !storyAmounts.has(t)) ?? looseAmounts[0];
    if (price) takePrice(price);
  }
  // A second price in euros with no label ("…vorremmo vendere una sneaker a 41,90 €") rivals a labelled one too.
  if (input.listPrice !== undefined) {
    for (const t of looseAmounts) if (!placed.has(t) && !storyAmounts.has(t)) rivals.push({ field: 'listPrice', token: t, value: t.value, weak: true });
  }
  const setAside = chooseAmongRivals(text, rivals, input, used, inputs, placed, holders, weakHolders);
  const price = holders.get('listPrice');
  if (price) for (const t of storyAmounts) if (!placed.has(t)) setAside.push({ field: 'listPrice', text: t.text, kept: price.text });
  const asksProfit = PROFIT_RE.test(text) || MARGIN_ASK.test(text);
  // "29.99 cost 8, profit?": with a profit question, one bare unlabelled number is the price; years are not.
  if (input.listPrice === undefined && asksProfit && !rejected.some((r) => r.field === 'listPrice')) {
    // A token another field holds is never read twice ("Einkauf 9,80 €" stays the cost).
    const held = new Set(holders.values());
    const bare = tokens.filter((t) => !placed.has(t) && !held.has(t) && t.kind === 'amount' && !(Number.isInteger(t.value) && t.value >= 1900 && t.value <= 2100));
    if (bare.length === 1) takePrice(bare[0]);
  }

  // "Germany站": a Latin name glued to Han characters is still the market.
  const marketText = /\p{Script=Latin}\p{Script=Han}/u.test(text) ? text.replace(/(\p{Script=Latin})(?=\p{Script=Han})/gu, '$1 ') : text;
  const markets = (marketText === text ? mentions : findCountryMentions(marketText)).filter((m) => ['DE', 'FR', 'IT', 'ES'].includes(m.code));
  // "ein Händler aus München, … in Spanien starten": the seller's home town is no market when a country is named too.
  const market = markets.find((m) => !m.place && !ORIGIN_BEFORE.test(marketText.slice(Math.max(0, m.start - 10), m.start))) ?? markets[0];
  // Two markets with the choice still open, or none chosen yet: the reply asks instead of picking the first one named.
  const named = [...new Set(markets.filter((m) => !m.place).map((m) => m.code))];
  const openChoice = MARKET_OPEN_RE.test(text);
  const undecided = (named.length >= 2 && (UNDECIDED_RE.test(text) || openChoice)) || (named.length === 0 && openChoice);
  if (market && !undecided) input.market = market.code;
  if (LOCAL_HOSTING_RE.test(text)) input.program = 'local-hosting';
  if (input.commissionRate === undefined) {
    if (ELECTRONICS_RE.test(text)) input.commissionTier = 'electronics';
    else if (NEW_SELLER_RE.test(text)) input.commissionTier = 'newSeller';
  }

  return {
    input,
    found: (Object.keys(input) as Array<keyof MarginInput>).filter((k) => k !== 'commissionTier' && k !== 'program'),
    asksProfit,
    asksComparison: COMPARE_RE.test(text.replace(MARKET_OPEN_RE, ' ')),
    ...(undecided ? { marketOpen: named } : {}),
    asksLadder: LADDER_RE.test(text),
    // "8 % vom Netto", "ads 3% of net": a basis for a rate, not the price; a price said to include VAT includes it.
    priceExcludesVat: !INCL_VAT_RE.test(text) && EXCL_VAT_RE.test(text.replace(NET_PROFIT_RE, '').replace(NET_BASE_RE, '')),
    ignored,
    used,
    unread: tokens.filter((t) => !inputs.has(t)).map((t) => t.text),
    rejected,
    ...(setAside.length ? { setAside } : {}),
    shippingAsBuyer,
    stated,
  };
}
