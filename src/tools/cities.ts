// Places sellers name instead of a country: the towns and regions where European warehouses and fulfilment hubs sit
// ("Lager in Garbsen", "entrepôt d'Aubagne", "magazzino a Piacenza", "almacén en Getafe", "马德里那边的海外仓"), and
// the cities and provinces that say where a company is registered ("义乌的", "浙江金华", "Yiwu (China)", "Delaware").
// Tables, not rules: add a place here when sellers write it. Names that are everyday words in one of the six
// languages ("Essen", "Halle", "Como", "Caen", "Nice", "Hof", "Marche", 平台中's "台中") are left out; names that
// are words only in lower case ("Prato" is a meadow, "Porto" a harbour, "kamen" a German verb) are matched
// capitalised only.

/** Where stock sits: a warehouse named by its town or region says the stock is in that country. */
export const WAREHOUSE_PLACES: Record<string, string[]> = {
  DE: [
    'Berlin', 'Berlino', 'Berlín', 'Hamburg', 'Hambourg', 'Amburgo', 'Hamburgo', 'Munich', 'München', 'Muenchen', 'Múnich', 'Monaco di Baviera',
    'Frankfurt', 'Frankfurt am Main', 'Francfort', 'Duisbourg', 'Dusseldorf', 'Francoforte', 'Fráncfort', 'Cologne', 'Köln', 'Koeln', 'Colonia', 'Düsseldorf', 'Duesseldorf',
    'Leipzig', 'Lipsia', 'Duisburg', 'Dortmund', 'Bochum', 'Gelsenkirchen', 'Oberhausen', 'Krefeld', 'Mönchengladbach', 'Neuss', 'Wuppertal',
    'Hagen', 'Unna', 'Werne', 'Rheinberg', 'Kerpen', 'Aachen', 'Bonn', 'Bielefeld', 'Gütersloh', 'Paderborn', 'Osnabrück',
    'Münster', 'Bremen', 'Brême', 'Brema', 'Bremerhaven', 'Kiel', 'Lübeck', 'Rostock', 'Hannover', 'Hanover', 'Hanovre', 'Garbsen',
    'Langenhagen', 'Sehnde', 'Braunschweig', 'Wolfsburg', 'Göttingen', 'Hildesheim', 'Magdeburg', 'Erfurt', 'Gotha', 'Eisenach',
    'Kassel', 'Bad Hersfeld', 'Fulda', 'Offenbach', 'Darmstadt', 'Wiesbaden', 'Mainz', 'Koblenz', 'Trier', 'Saarbrücken', 'Mannheim',
    'Ludwigshafen', 'Heidelberg', 'Karlsruhe', 'Stuttgart', 'Sindelfingen', 'Heilbronn', 'Ulm', 'Augsburg', 'Ingolstadt', 'Regensburg',
    'Nürnberg', 'Nuremberg', 'Norimberga', 'Núremberg', 'Würzburg', 'Chemnitz', 'Zwickau', 'Dresden', 'Dresde', 'Potsdam', 'Schönefeld',
    'Großbeeren', 'Ludwigsfelde', 'Freiburg', 'Pforzheim', 'Wustermark', 'Brieselang', 'Winsen', 'Helmstedt', 'Gera', 'Kitzingen',
    'Kaiserslautern', 'Frankenthal', 'Staufenberg', 'Bingen', 'Speyer', 'Neu-Ulm', 'Bönen', 'Hamminkeln',
    'NRW', 'Nordrhein-Westfalen', 'North Rhine-Westphalia', 'Rhénanie-du-Nord-Westphalie', 'Renania Settentrionale-Vestfalia',
    'Renania del Norte-Westfalia', 'Ruhrgebiet', 'Ruhr', 'Bayern', 'Bavaria', 'Bavière', 'Baviera', 'Hessen', 'Hesse', 'Assia',
    'Baden-Württemberg', 'Niedersachsen', 'Lower Saxony', 'Basse-Saxe', 'Bassa Sassonia', 'Baja Sajonia', 'Sachsen', 'Saxony', 'Saxe',
    'Sassonia', 'Sajonia', 'Sachsen-Anhalt', 'Thüringen', 'Thuringia', 'Rheinland-Pfalz', 'Brandenburg', 'Schleswig-Holstein', 'Saarland',
    '柏林', '汉堡', '漢堡', '慕尼黑', '法兰克福', '法蘭克福', '科隆', '杜塞尔多夫', '杜塞爾多夫', '莱比锡', '萊比錫', '杜伊斯堡', '多特蒙德',
    '波鸿', '斯图加特', '斯圖加特', '纽伦堡', '紐倫堡', '不来梅', '不來梅', '汉诺威', '漢諾威', '德累斯顿', '德勒斯登', '卡塞尔', '埃尔福特',
    '曼海姆', '卡尔斯鲁厄', '奥格斯堡', '美因茨', '波恩', '亚琛', '北威州', '北莱茵-威斯特法伦', '巴伐利亚', '巴伐利亞', '黑森', '下萨克森',
    '萨克森', '巴登-符腾堡',
  ],
  FR: [
    'Paris', 'Parigi', 'París', 'Roissy', 'Roissy-en-France', 'Marne-la-Vallée', 'Sénart', 'Lieusaint', 'Brétigny-sur-Orge', 'Gonesse',
    'Garonor', 'Rungis', 'Évry', 'Lyon', 'Lione', 'Villeurbanne', 'Saint-Quentin-Fallavier', 'Saint-Priest', 'Marseille', 'Marsiglia',
    'Marsella', 'Aubagne', 'Vitrolles', 'Miramas', 'Fos-sur-Mer', 'Lille', 'Roubaix', 'Tourcoing', 'Lesquin', 'Lauwin-Planque',
    'Valenciennes', 'Douai', 'Arras', 'Amiens', 'Dunkerque', 'Le Havre', 'Rouen', 'Orléans', 'Orleans', 'Saran', 'Chartres', 'Poitiers',
    'Limoges', 'Bordeaux', 'Burdeos', 'Mérignac', 'Toulouse', 'Tolosa', 'Montpellier', 'Nîmes', 'Avignon', 'Toulon', 'Grenoble',
    'Saint-Étienne', 'Clermont-Ferrand', 'Dijon', 'Besançon', 'Strasbourg', 'Straßburg', 'Strasburgo', 'Estrasburgo', 'Metz', 'Reims',
    'Troyes', 'Nantes', 'Rennes', 'Brest', 'Le Mans', 'Perpignan', 'Mulhouse',
    'Vénissieux', 'Corbas', 'Meyzieu', 'Chassieu', 'Genas', 'Gennevilliers', 'Bonneuil-sur-Marne', 'Wissous', 'Moissy-Cramayel', 'Réau',
    'Combs-la-Ville', 'Chilly-Mazarin', 'Ris-Orangis', 'Dourges', 'Seclin', 'Saint-Martin-de-Crau', 'Rognac', 'Sorigny', 'Cestas',
    'Île-de-France', 'Ile-de-France', 'Hauts-de-France', 'Auvergne-Rhône-Alpes', 'Provence', "Provence-Alpes-Côte d'Azur", 
    'Normandie', 'Normandy', 'Normandia', 'Normandía', 'Occitanie', 'Nouvelle-Aquitaine', 'Bretagne', 'Brittany',
    'Centre-Val de Loire', 'Pays de la Loire', 'Bourgogne',
    '巴黎', '里昂', '马赛', '馬賽', '里尔', '里爾', '勒阿弗尔', '图卢兹', '圖盧茲', '波尔多', '波爾多', '南特', '斯特拉斯堡', '尼斯', '鲁贝',
    '蒙彼利埃', '鲁昂', '奥尔良', '兰斯', '格勒诺布尔', '法兰西岛',
  ],
  IT: [
    'Milan', 'Milano', 'Mailand', 'Milán', 'Rome', 'Roma', 'Rom', 'Turin', 'Torino', 'Turín', 'Bologna', 'Bologne', 'Bolonia', 'Castel Maggiore',
    'Naples', 'Napoli', 'Neapel', 'Nápoles', 'Piacenza', 'Castel San Giovanni', 'Verona', 'Vérone', 'Padova', 'Padua', 'Padoue', 'Vicenza',
    'Treviso', 'Venezia', 'Venice', 'Venedig', 'Venise', 'Venecia', 'Mestre', 'Novara', 'Vercelli', 'Alessandria', 'Genova', 'Genoa', 'Genua',
    'Gênes', 'Génova', 'La Spezia', 'Livorno', 'Firenze', 'Florence', 'Florenz', 'Florencia', 'Arezzo', 'Fiumicino', 'Passo Corese',
    'Caserta', 'Marcianise', 'Nola', 'Bari', 'Taranto', 'Lecce', 'Palermo', 'Catania', 'Cagliari', 'Bergamo', 'Brescia', 'Monza', 'Pavia',
    'Cremona', 'Mantova', 'Parma', 'Reggio Emilia', 'Modena', 'Ferrara', 'Rimini', 'Ancona', 'Pescara', 'Perugia', 'Trento', 'Bolzano',
    'Udine', 'Trieste', 'Vigonza', 'Agognate', 'Cividate al Piano', 'Colleferro', 'Torrazza Piemonte', 'Landriano', 'Arquata Scrivia', 'Bitonto',
    'Castelguglielmo', 'San Salvo', 'Calenzano', 'Bentivoglio', 'Anzola', 'San Giorgio di Piano', 'Stradella', 'Origgio', 'Vimercate',
    'Lombardia', 'Lombardy', 'Lombardei', 'Lombardie', 'Lombardía', 'Piemonte', 'Piedmont', 'Piémont', 'Veneto', 'Vénétie', 'Emilia-Romagna',
    'Émilie-Romagne', 'Toscana', 'Tuscany', 'Toskana', 'Toscane', 'Lazio', 'Latium', 'Campania', 'Puglia', 'Apulia', 'Liguria', 'Sicilia',
    'Sicily', 'Sizilien', 'Sicile', 'Sardegna', 'Sardinia', 'Friuli', 'Trentino',
    '米兰', '米蘭', '罗马', '羅馬', '都灵', '都靈', '博洛尼亚', '博洛尼亞', '那不勒斯', '维罗纳', '維羅納', '威尼斯', '热那亚', '熱那亞',
    '佛罗伦萨', '佛羅倫斯', '皮亚琴察', '帕多瓦', '贝加莫', '布雷西亚', '摩德纳', '帕尔马', '巴勒莫', '伦巴第', '倫巴第', '普拉托',
  ],
  ES: [
    'Madrid', 'Getafe', 'Coslada', 'San Fernando de Henares', 'Alcalá de Henares', 'Torrejón de Ardoz', 'Illescas', 'Azuqueca de Henares',
    'Guadalajara', 'Barcelona', 'Barcelone', 'Barcellona', 'Barcelona', 'El Prat de Llobregat', 'El Prat', 'Martorell',
    'Sant Boi', 'Terrassa', 'Sabadell', 'Granollers', 'Castellbisbal', 'Montcada', 'Valencia', 'València', 'Valencia', 'Sagunto',
    'Riba-roja', 'Ribarroja', 'Alicante', 'Alacant', 'Elche', 'Murcia', 'Cartagena', 'Málaga', 'Malaga', 'Sevilla', 'Seville', 'Séville',
    'Siviglia', 'Almería', 'Algeciras', 'Huelva', 'Zaragoza', 'Saragosse', 'Saragozza', 'Saragossa', 'Bilbao', 'Vitoria', 'San Sebastián',
    'Pamplona', 'Logroño', 'Burgos', 'Valladolid', 'Oviedo', 'Gijón', 'A Coruña', 'La Coruña', 'Vigo', 'Salamanca', 'Badajoz', 'Tarragona',
    'Lleida', 'Girona', 'Castellón', 'Castelló', 'Alcobendas', 'San Sebastián de los Reyes', 'Leganés', 'Fuenlabrada', 'Valdemoro',
    'Cabanillas del Campo', 'Seseña', "L'Hospitalet", 'Sant Feliu', 'Polinyà', 'Sant Esteve Sesrovires', 'Quart de Poblet',
    'Antequera', 'Dos Hermanas',
    'Cataluña', 'Catalunya', 'Catalonia', 'Katalonien', 'Catalogne', 'Catalogna', 'Andalucía', 'Andalusia', 'Andalusien', 'Andalousie',
    'Comunidad de Madrid', 'Comunidad Valenciana', 'Comunitat Valenciana', 'País Vasco', 'Euskadi', 'Aragón', 'Galicia', 'Castilla-La Mancha',
    'Castilla y León', 'Región de Murcia',
    '马德里', '馬德里', '巴塞罗那', '巴塞羅那', '巴塞隆納', '瓦伦西亚', '瓦倫西亞', '巴伦西亚', '巴倫西亞', '萨拉戈萨', '薩拉戈薩', '阿利坎特',
    '马拉加', '馬拉加', '塞维利亚', '塞維利亞', '毕尔巴鄂', '畢爾巴鄂', '穆尔西亚', '加泰罗尼亚', '加泰隆尼亞', '安达卢西亚', '赫塔费',
  ],
  NL: ['Amsterdam', 'Rotterdam', 'Venlo', 'Tilburg', 'Eindhoven', 'Utrecht', 'Den Haag', 'The Hague', 'Schiphol', 'Breda', 'Roosendaal', 'Nijmegen', 'Moerdijk', '阿姆斯特丹', '鹿特丹', '芬洛', '埃因霍温'],
  BE: ['Brussels', 'Bruxelles', 'Brüssel', 'Bruselas', 'Antwerp', 'Antwerpen', 'Anvers', 'Anversa', 'Amberes', 'Lüttich', 'Ghent', 'Gent', 'Gand', 'Charleroi', '布鲁塞尔', '布魯塞爾', '安特卫普', '列日'],
  PL: ['Warsaw', 'Warszawa', 'Warschau', 'Varsovie', 'Varsavia', 'Varsovia', 'Poznań', 'Poznan', 'Posen', 'Wrocław', 'Wroclaw', 'Breslau', 'Łódź', 'Lodz', 'Kraków', 'Krakow', 'Krakau', 'Cracovie', 'Cracovia', 'Katowice', 'Gdańsk', 'Gdansk', 'Szczecin', 'Stettin', '华沙', '華沙', '波兹南', '弗罗茨瓦夫', '罗兹', '克拉科夫'],
  CZ: ['Prague', 'Praha', 'Prag', 'Praga', 'Brno', 'Ostrava', 'Plzeň', 'Pilsen', '布拉格'],
  AT: ['Wien', 'Vienna', 'Viena', 'Graz', 'Linz', 'Salzburg', 'Innsbruck', '维也纳', '維也納'],
  HU: ['Budapest', '布达佩斯'],
  SK: ['Bratislava', 'Pressburg'],
  PT: ['Lisbon', 'Lisboa', 'Lisbonne', 'Lissabon', 'Lisbona', '里斯本'],
  IE: ['Dublin', 'Dublino', 'Dublín', '都柏林'],
  SE: ['Stockholm', 'Stoccolma', 'Estocolmo', 'Göteborg', 'Gothenburg', 'Malmö', '斯德哥尔摩'],
  DK: ['Copenhagen', 'København', 'Kopenhagen', 'Copenhague', 'Copenaghen', '哥本哈根'],
  FI: ['Helsinki', 'Helsingfors', '赫尔辛基'],
  GR: ['Athens', 'Athen', 'Athènes', 'Atene', 'Atenas', 'Thessaloniki', '雅典'],
  RO: ['Bucharest', 'București', 'Bukarest', 'Bucarest', '布加勒斯特'],
  CH: ['Zürich', 'Zurich', 'Zurigo', 'Lugano', 'Lucerne', 'Luzern', 'Zug', 'Geneva', 'Genève', 'Genf', 'Ginevra', 'Ginebra', 'Basel', 'Bâle', 'Basilea', 'Bern', 'Berne', 'Lausanne', '苏黎世', '蘇黎世', '日内瓦', '日內瓦', '巴塞尔'],
  NO: ['Oslo', '奥斯陆'],
  TR: ['Istanbul', 'İstanbul', 'Estambul', '伊斯坦布尔'],
};

/** Where a company sits: each of these alone says where the company is ("深圳的", "Shenzhen-based", "London Ltd"). */
export const COMPANY_PLACES: Record<string, string[]> = {
  CN: [
    '深圳', '杭州', '广州', '廣州', '义乌', '義烏', '上海', '北京', '东莞', '東莞', '宁波', '寧波', '厦门', '廈門', '福州', '苏州', '蘇州',
    '佛山', '中山', '金华', '金華', '温州', '溫州', '泉州', '晋江', '晉江', '莆田', '成都', '武汉', '武漢', '南京', '天津', '重庆', '重慶',
    '青岛', '青島', '长沙', '長沙', '郑州', '鄭州', '西安', '合肥', '无锡', '無錫', '汕头', '汕頭', '揭阳', '揭陽', '潮州', '珠海', '惠州',
    '江门', '江門', '台州', '绍兴', '紹興', '嘉兴', '嘉興', '湖州', '常州', '南通', '济南', '濟南', '临沂', '臨沂', '大连', '大連', '沈阳',
    '瀋陽', '昆明', '南昌', '石家庄', '石家莊', '南宁', '南寧', '贵阳', '貴陽', '太原', '哈尔滨', '哈爾濱', '长春', '長春',
    '浙江', '广东', '廣東', '福建', '江苏', '江蘇', '山东', '山東', '河南', '河北', '湖南', '湖北', '四川', '安徽', '江西', '广西', '廣西',
    '云南', '雲南', '贵州', '貴州', '陕西', '陝西', '山西', '辽宁', '遼寧', '吉林', '黑龙江', '黑龍江', '海南', '珠三角', '长三角', '長三角',
    'Shenzhen', 'Shenzen', 'Hangzhou', 'Guangzhou', 'Cantón', 'Yiwu', 'Shanghai', 'Shanghái', 'Beijing', 'Peking', 'Pékin', 'Pechino', 'Pekín',
    'Dongguan', 'Ningbo', 'Xiamen', 'Fuzhou', 'Suzhou', 'Foshan', 'Zhongshan', 'Jinhua', 'Wenzhou', 'Quanzhou', 'Jinjiang', 'Putian',
    'Chengdu', 'Wuhan', 'Nanjing', 'Tianjin', 'Chongqing', 'Qingdao', 'Changsha', 'Zhengzhou', 'Hefei', 'Wuxi', 'Shantou', 'Jieyang',
    'Zhuhai', 'Huizhou', 'Taizhou', 'Shaoxing', 'Changzhou', 'Nantong', 'Zhejiang', 'Guangdong', 'Fujian', 'Jiangsu', 'Shandong',
  ],
  HK: ['九龙', '九龍', '新界', '荃湾', '荃灣', '观塘', '觀塘', 'Kowloon'],
  TW: ['新北', '高雄', '桃园', '桃園', 'Taipei', 'Taichung', 'Kaohsiung'],
  GB: ['London', 'Londres', 'Londra', '伦敦', '倫敦', 'Manchester', 'Birmingham', 'Liverpool', 'Leeds', 'Glasgow', 'Edinburgh', 'Bristol', 'Coventry', 'Milton Keynes', 'Northampton', 'Felixstowe', 'Southampton', '曼彻斯特', '曼徹斯特', '伯明翰', '利物浦'],
  US: [
    'New York', 'Nueva York', 'Los Angeles', 'Chicago', 'Miami', 'Houston', 'Dallas', 'Seattle', 'San Francisco', 'New Jersey', 'California',
    'Kalifornien', 'Californie', 'Delaware', 'Wyoming', 'Texas', '纽约', '紐約', '洛杉矶', '洛杉磯', '芝加哥', '迈阿密', '休斯顿',
    '西雅图', '新泽西', '新澤西', '加州', '加利福尼亚', '德拉瓦', '德拉瓦州', '德拉華', '德拉華州', '特拉华', '特拉华州', '特拉華', '特拉華州',
    '怀俄明', '懷俄明', 
  ],
  SG: ['狮城', '獅城'],
  AE: ['Abu Dhabi', '阿布扎比'],
};

/** Words for the country itself that, like a city, say where a company sits ("国内的", "mainland China", "香港的"). */
export const COMPANY_COUNTRY_WORDS: Record<string, string[]> = {
  CN: ['mainland China', 'Chinese mainland', '大陆', '大陸', '内地', '內地', '中国内地', '中国大陆', '中國大陸', '国内', '國內'],
  HK: ['香港', '中国香港', '中國香港', 'Hong Kong', 'Hongkong'],
};

/** Places matched only when written capitalised: in lower case they are everyday words. */
export const CASED_PLACES: Record<string, string[]> = {
  DE: ['Kamen', 'Siegen', 'Lehrte'],
  FR: ['Nancy', 'Angers', 'Tours', 'PACA', 'Grand Est'],
  IT: ['Prato', 'Lodi', 'Pisa', 'Como', 'Varese', 'Lecco', 'Brianza'],
  ES: ['Palma', 'Granada', 'León', 'Paterna'],
  PT: ['Porto'],
  BE: ['Liège'],
  US: ['Florida'],
  CN: ['Canton'],
};
