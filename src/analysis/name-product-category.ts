// Sellers name their products, not the platform's categories: "Bluetooth-Kopfhörer", "cargadores y cables",
// "充电宝". A commission question about such products asks about the electronics rate, so the question is read with
// the category's name beside it. Only for the commission: the same products asked about registration numbers are a
// WEEE or battery question, which the product words alone must not pull towards the commission entry.

const ELECTRONIC_PRODUCTS =
  /耳机|耳機|充电宝|充電寶|充电器|充電器|数据线|數據線|手机壳|手機殼|手机|手機|音箱|音响|音響|智能手表|智能手錶|平板|电子烟|小家电|小家電|数码|數碼|电器|電器|(?<!\p{Script=Latin})(?:electrical (?:stuff|goods|products|items|appliances)|Elektroger(?:ä|ae)te?n?|appareils? électriques?|apparecchi elettrici|aparatos eléctricos|headphones?|earphones?|earbuds?|headsets?|chargers?|charging cables?|cables?|power ?banks?|phones?|smartphones?|speakers?|smartwatch(?:es)?|tablets?|gadgets?|Kopfhörer|Ohrhörer|Ladegeräte?n?|Ladekabel|Kabel|Powerbanks?|Handys?|Smartphones?|Lautsprecher|Tablets?|écouteurs|casques?|chargeurs?|câbles?|batteries externes?|téléphones?|enceintes?|montres? connectées?|auricolari|cuffie|caricabatterie|caricatori|cavi|power ?bank|telefoni|cellulari|altoparlanti|casse|auriculares|cascos|cargadores?|cables?|baterías externas?|móviles?|moviles?|teléfonos?|altavoces?|relojes? inteligentes?)(?!\p{Script=Latin})/iu;

const NAMES_ELECTRONICS = /电子|電子|3C|electronic|Elektronik|électronique|elettronic|electrónic/iu;

/** The text with its consumer-electronics products named by the category ("écouteurs bluetooth" → "électronique"). */
export function readAsCategory(text: string, category: string): string {
  return text.replace(new RegExp(`(?:bluetooth[- ]?|蓝牙|藍牙)?(?:${ELECTRONIC_PRODUCTS.source})(?:[- ]?bluetooth)?`, 'giu'), category);
}

/** "electronics" when the text names consumer-electronics products without naming the category itself. */
export function nameProductCategory(text: string): 'electronics' | undefined {
  return ELECTRONIC_PRODUCTS.test(text) && !NAMES_ELECTRONICS.test(text) ? 'electronics' : undefined;
}
