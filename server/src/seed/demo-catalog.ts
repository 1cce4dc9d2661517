import type { Kysely } from 'kysely';
import type { Database, LocalizedText } from '../store/tables.js';
import { addDays } from '../domain/time.js';
import type { Random } from './random.js';
import { t } from './text.js';

/** The demo's reward catalog: Nordlys Tools merchandise, tools, experiences and more. */


export const CATEGORIES = [
  { id: 'cat_merchandise', code: 'merchandise', name: t('Merchandise', 'สินค้าที่ระลึก', 'Profilartikler', 'Barangan') },
  { id: 'cat_tools', code: 'tools', name: t('Tools', 'เครื่องมือ', 'Verktøy', 'Perkakas') },
  { id: 'cat_experiences', code: 'experiences', name: t('Experiences', 'ประสบการณ์', 'Opplevelser', 'Pengalaman') },
  { id: 'cat_gift_cards', code: 'gift-cards', name: t('Gift cards', 'บัตรของขวัญ', 'Gavekort', 'Kad hadiah') },
  { id: 'cat_training', code: 'training-vouchers', name: t('Training vouchers', 'บัตรกำนัลการฝึกอบรม', 'Kursbevis', 'Baucar latihan') },
  { id: 'cat_charity', code: 'charity', name: t('Charity donations', 'บริจาคเพื่อการกุศล', 'Veldedige gaver', 'Derma amal') },
] as const;

type CategoryId = (typeof CATEGORIES)[number]['id'];
type Season = 'current' | 'upcoming' | 'past';

export interface RewardDefinition {
  sku: string;
  category: CategoryId;
  cost: number;
  /** null = unlimited. */
  stock: number | null;
  tier?: 'GOLD' | 'PLATINUM';
  season?: Season;
  name: LocalizedText;
  description: LocalizedText;
  /** Square art instead of the default 4:3. */
  square?: boolean;
}

export const REWARDS: RewardDefinition[] = [
  // Merchandise
  {
    sku: 'NL-MER-001', category: 'cat_merchandise', cost: 400, stock: null,
    name: t('Nordlys work cap', 'หมวกแก๊ป Nordlys', 'Nordlys arbeidscaps', 'Topi kerja Nordlys'),
    description: t(
      'Cotton cap with the embroidered Nordlys logo and an adjustable strap.',
      'หมวกผ้าฝ้ายปักโลโก้ Nordlys พร้อมสายปรับขนาดได้',
      'Bomullscaps med brodert Nordlys-logo og justerbar reim.',
      'Topi kapas dengan logo Nordlys bersulam dan tali boleh laras.',
    ),
  },
  {
    sku: 'NL-MER-002', category: 'cat_merchandise', cost: 3500, stock: 40,
    name: t('Nordlys softshell jacket', 'แจ็กเก็ตซอฟต์เชลล์ Nordlys', 'Nordlys softshell-jakke', 'Jaket softshell Nordlys'),
    description: t(
      'Wind- and water-resistant softshell with reflective details, sizes S–XXL.',
      'แจ็กเก็ตกันลมและกันน้ำ มีแถบสะท้อนแสง ไซซ์ S–XXL',
      'Vind- og vannavstøtende softshell med refleksdetaljer, str. S–XXL.',
      'Jaket kalis angin dan air dengan butiran pemantul cahaya, saiz S–XXL.',
    ),
  },
  {
    sku: 'NL-MER-003', category: 'cat_merchandise', cost: 600, stock: null, square: true,
    name: t('Insulated steel bottle 750 ml', 'กระบอกน้ำสเตนเลสเก็บอุณหภูมิ 750 มล.', 'Termoflaske i stål 750 ml', 'Botol keluli bertebat 750 ml'),
    description: t(
      'Keeps coffee hot for 12 hours on cold sites and water cold on hot days.',
      'เก็บความร้อนของกาแฟได้ 12 ชั่วโมง และเก็บน้ำให้เย็นในวันที่อากาศร้อน',
      'Holder kaffen varm i 12 timer på kalde byggeplasser og vannet kaldt på varme dager.',
      'Mengekalkan kopi panas selama 12 jam di tapak yang sejuk dan air sejuk pada hari yang panas.',
    ),
  },
  {
    sku: 'NL-MER-004', category: 'cat_merchandise', cost: 900, stock: null,
    name: t('Work T-shirts, pack of 3', 'เสื้อยืดทำงาน แพ็ก 3 ตัว', 'Arbeids-T-skjorter, 3-pakning', 'Baju-T kerja, pek 3 helai'),
    description: t(
      'Heavy cotton T-shirts in graphite grey with a small Nordlys logo on the chest.',
      'เสื้อยืดผ้าฝ้ายเนื้อหนาสีเทากราไฟต์ พร้อมโลโก้ Nordlys เล็ก ๆ ที่หน้าอก',
      'Kraftige T-skjorter i grafittgrå bomull med en liten Nordlys-logo på brystet.',
      'Baju-T kapas tebal berwarna kelabu grafit dengan logo kecil Nordlys di dada.',
    ),
  },
  {
    sku: 'NL-MER-005', category: 'cat_merchandise', cost: 300, stock: null,
    name: t('Hi-vis vest with logo', 'เสื้อกั๊กสะท้อนแสงพร้อมโลโก้', 'Refleksvest med logo', 'Jaket keselamatan berpantulan dengan logo'),
    description: t(
      'EN ISO 20471 class 2 safety vest with pockets for a pen and a phone.',
      'เสื้อกั๊กนิรภัยมาตรฐาน EN ISO 20471 คลาส 2 มีกระเป๋าใส่ปากกาและโทรศัพท์',
      'Synlighetsvest i klasse 2 etter EN ISO 20471, med lommer til penn og telefon.',
      'Jaket keselamatan kelas 2 EN ISO 20471 dengan poket untuk pen dan telefon.',
    ),
  },
  {
    sku: 'NL-MER-006', category: 'cat_merchandise', cost: 2200, stock: 35,
    name: t('Jobsite backpack 30 L', 'เป้ไซต์งาน 30 ลิตร', 'Byggeplass-ryggsekk 30 L', 'Beg galas tapak kerja 30 L'),
    description: t(
      'Rugged backpack with a padded laptop sleeve and a rain cover.',
      'เป้ทนทาน มีช่องใส่แล็ปท็อปบุนวมและผ้าคลุมกันฝน',
      'Solid ryggsekk med polstret PC-lomme og regntrekk.',
      'Beg galas lasak dengan petak komputer riba berlapik dan penutup hujan.',
    ),
  },
  {
    sku: 'NL-MER-007', category: 'cat_merchandise', cost: 250, stock: null, square: true,
    name: t('Enamel mugs, set of 4', 'ชุดแก้วเคลือบ 4 ใบ', 'Emaljekrus, sett med 4', 'Set mug enamel, 4 biji'),
    description: t(
      'Four enamel camp mugs with a northern-lights print.',
      'แก้วเคลือบอีนาเมลสี่ใบ ลายแสงเหนือ',
      'Fire emaljekrus med nordlysmotiv.',
      'Empat mug enamel bercorak cahaya utara.',
    ),
  },
  {
    sku: 'NL-MER-008', category: 'cat_merchandise', cost: 200, stock: null, square: true,
    name: t('Sticker pack for toolboxes', 'ชุดสติกเกอร์ติดกล่องเครื่องมือ', 'Klistremerker til verktøykassa', 'Pek pelekat untuk kotak perkakas'),
    description: t(
      'Ten weatherproof vinyl stickers for toolboxes and vans.',
      'สติกเกอร์ไวนิลกันน้ำ 10 แผ่น สำหรับกล่องเครื่องมือและรถตู้',
      'Ti værbestandige vinylmerker til verktøykasser og varebiler.',
      'Sepuluh pelekat vinil kalis cuaca untuk kotak perkakas dan van.',
    ),
  },
  {
    // One unit left; a partner's redemption below takes it, so the demo shows "out of stock".
    sku: 'NL-MER-009', category: 'cat_merchandise', cost: 2800, stock: 1,
    name: t('Nordlys rain jacket', 'เสื้อกันฝน Nordlys', 'Nordlys regnjakke', 'Jaket hujan Nordlys'),
    description: t(
      'Fully taped rain shell built for Norwegian autumns and monsoon afternoons.',
      'เสื้อกันฝนซีลตะเข็บทั้งตัว ทนได้ทั้งฤดูใบไม้ร่วงของนอร์เวย์และฝนมรสุมยามบ่าย',
      'Fullteipet regnjakke laget for norske høstdager og monsunettermiddager.',
      'Jaket hujan berjahit pita sepenuhnya untuk musim luruh Norway dan hujan monsun petang.',
    ),
  },
  {
    sku: 'NL-MER-010', category: 'cat_merchandise', cost: 1500, stock: 60, season: 'current',
    name: t('Limited edition Aurora hoodie', 'เสื้อฮู้ด Aurora รุ่นลิมิเต็ด', 'Aurora-hettegenser, begrenset opplag', 'Hoodie Aurora edisi terhad'),
    description: t(
      'Heavyweight hoodie with a glow-in-the-dark aurora print. This season only.',
      'เสื้อฮู้ดผ้าหนาพิมพ์ลายแสงออโรราเรืองแสงในที่มืด มีเฉพาะฤดูกาลนี้',
      'Kraftig hettegenser med selvlysende nordlystrykk. Kun denne sesongen.',
      'Hoodie tebal dengan cetakan aurora yang bercahaya dalam gelap. Musim ini sahaja.',
    ),
  },
  // Tools
  {
    sku: 'NL-TL-001', category: 'cat_tools', cost: 1200, stock: null,
    name: t('Impact bit set, 32 pieces', 'ชุดดอกไขควงกระแทก 32 ชิ้น', 'Slagbitsett, 32 deler', 'Set mata skru hentaman, 32 keping'),
    description: t(
      'Torsion-zone impact bits in a clip case: PH, PZ, TX and hex.',
      'ดอกไขควงกระแทกแบบทอร์ชันโซนในกล่องแบบคลิป มีหัว PH, PZ, TX และหกเหลี่ยม',
      'Slagbits med torsjonssone i klikkeske: PH, PZ, TX og unbrako.',
      'Mata skru hentaman zon kilasan dalam bekas klip: PH, PZ, TX dan heks.',
    ),
  },
  {
    sku: 'NL-TL-002', category: 'cat_tools', cost: 800, stock: null,
    name: t('Nordlys framing hammer 20 oz', 'ค้อนงานโครงสร้าง Nordlys 20 ออนซ์', 'Nordlys snekkerhammer 20 oz', 'Tukul rangka Nordlys 20 oz'),
    description: t(
      'Steel-core framing hammer with an anti-vibration grip.',
      'ค้อนแกนเหล็กพร้อมด้ามจับลดแรงสั่นสะเทือน',
      'Snekkerhammer med stålkjerne og vibrasjonsdempende grep.',
      'Tukul berteras keluli dengan pemegang anti-getaran.',
    ),
  },
  {
    sku: 'NL-TL-003', category: 'cat_tools', cost: 350, stock: null, square: true,
    name: t('Tape measure 8 m', 'ตลับเมตร 8 ม.', 'Målebånd 8 m', 'Pita ukur 8 m'),
    description: t(
      'Magnetic hook, 4 m standout and a nylon-coated blade.',
      'ปลายตะขอแม่เหล็ก ยื่นได้ไกล 4 ม. ใบเคลือบไนลอน',
      'Magnetisk krok, 4 m utstikk og nylonbelagt bånd.',
      'Cangkuk bermagnet, jangkauan 4 m dan bilah bersalut nilon.',
    ),
  },
  {
    sku: 'NL-TL-004', category: 'cat_tools', cost: 9500, stock: null,
    name: t('XR18 drill driver kit', 'ชุดสว่านไขควงไร้สาย XR18', 'XR18 drill- og skrutrekkersett', 'Kit gerudi pemutar XR18'),
    description: t(
      '18V brushless drill driver with two 4 Ah batteries, a charger and a case.',
      'สว่านไขควงไร้แปรงถ่าน 18V พร้อมแบตเตอรี่ 4 Ah สองก้อน แท่นชาร์จ และกล่องเก็บ',
      'Børsteløs 18V drill med to 4 Ah-batterier, lader og koffert.',
      'Gerudi pemutar tanpa berus 18V dengan dua bateri 4 Ah, pengecas dan bekas.',
    ),
  },
  {
    sku: 'NL-TL-005', category: 'cat_tools', cost: 8000, stock: 25,
    name: t('XR18 impact driver (bare tool)', 'ไขควงกระแทกไร้สาย XR18 (เฉพาะตัวเครื่อง)', 'XR18 slagtrekker (uten batteri)', 'Pemutar hentaman XR18 (alat sahaja)'),
    description: t(
      'Compact 18V impact driver, 205 Nm. Battery not included.',
      'ไขควงกระแทก 18V ขนาดกะทัดรัด แรงบิด 205 นิวตันเมตร ไม่รวมแบตเตอรี่',
      'Kompakt 18V slagtrekker, 205 Nm. Batteri følger ikke med.',
      'Pemutar hentaman 18V padat, 205 Nm. Bateri tidak disertakan.',
    ),
  },
  {
    sku: 'NL-TL-006', category: 'cat_tools', cost: 4500, stock: null, square: true,
    name: t('XR18 battery 5.0 Ah', 'แบตเตอรี่ XR18 5.0 Ah', 'XR18 batteri 5,0 Ah', 'Bateri XR18 5.0 Ah'),
    description: t(
      'High-capacity battery with a charge gauge; fits every XR18 tool.',
      'แบตเตอรี่ความจุสูงพร้อมไฟแสดงระดับพลังงาน ใช้ได้กับเครื่องมือ XR18 ทุกรุ่น',
      'Batteri med høy kapasitet og ladeindikator; passer til alle XR18-verktøy.',
      'Bateri berkapasiti tinggi dengan penunjuk cas; sesuai untuk semua alat XR18.',
    ),
  },
  {
    sku: 'NL-TL-007', category: 'cat_tools', cost: 14000, stock: 10, tier: 'GOLD',
    name: t('Cross-line laser level, green beam', 'เลเซอร์วัดระดับแบบกากบาท แสงสีเขียว', 'Krysslaser med grønn stråle', 'Aras laser garis silang, pancaran hijau'),
    description: t(
      'Self-levelling green laser with a 30 m range and a wall bracket.',
      'เลเซอร์ปรับระดับอัตโนมัติแสงสีเขียว ระยะ 30 ม. พร้อมขายึดผนัง',
      'Selvnivellerende grønn laser med 30 m rekkevidde og veggbrakett.',
      'Laser hijau swaaras dengan jarak 30 m dan pendakap dinding.',
    ),
  },
  {
    sku: 'NL-TL-008', category: 'cat_tools', cost: 22000, stock: null, tier: 'GOLD',
    name: t('XR18 SDS-plus rotary hammer kit', 'ชุดสว่านโรตารี่ SDS-plus XR18', 'XR18 SDS-plus borhammersett', 'Kit tukul putar SDS-plus XR18'),
    description: t(
      'Brushless rotary hammer with a dust extraction attachment and two batteries.',
      'สว่านโรตารี่ไร้แปรงถ่าน พร้อมชุดดูดฝุ่นและแบตเตอรี่สองก้อน',
      'Børsteløs borhammer med støvavsug og to batterier.',
      'Tukul putar tanpa berus dengan alat penyedut habuk dan dua bateri.',
    ),
  },
  {
    sku: 'NL-TL-009', category: 'cat_tools', cost: 12000, stock: null,
    name: t('Stacking tool case system, 3 pieces', 'ระบบกล่องเครื่องมือซ้อนได้ 3 ชิ้น', 'Stablebart koffertsystem, 3 deler', 'Sistem bekas perkakas bertindan, 3 keping'),
    description: t(
      'Three interlocking cases on a rolling base.',
      'กล่องเครื่องมือสามใบที่ล็อกเข้าด้วยกัน พร้อมฐานล้อเลื่อน',
      'Tre sammenlåsbare kofferter på en base med hjul.',
      'Tiga bekas yang saling berkunci di atas tapak beroda.',
    ),
  },
  {
    sku: 'NL-TL-010', category: 'cat_tools', cost: 38000, stock: 5, tier: 'PLATINUM',
    name: t('XR18 six-tool combo kit', 'ชุดคอมโบ XR18 หกเครื่อง', 'XR18 kombisett med seks verktøy', 'Kit kombo enam alat XR18'),
    description: t(
      'Drill, impact driver, circular saw, reciprocating saw, grinder and work light with three batteries.',
      'สว่าน ไขควงกระแทก เลื่อยวงเดือน เลื่อยชัก เครื่องเจียร และไฟส่องสว่าง พร้อมแบตเตอรี่สามก้อน',
      'Drill, slagtrekker, sirkelsag, bajonettsag, vinkelsliper og arbeidslys med tre batterier.',
      'Gerudi, pemutar hentaman, gergaji bulat, gergaji salingan, pengisar dan lampu kerja dengan tiga bateri.',
    ),
  },
  {
    sku: 'NL-TL-011', category: 'cat_tools', cost: 2600, stock: 0,
    name: t('Socket set 1/2", 24 pieces', 'ชุดบล็อก 1/2 นิ้ว 24 ชิ้น', 'Pipenøkkelsett 1/2", 24 deler', 'Set soket 1/2", 24 keping'),
    description: t(
      'Chrome-vanadium sockets 10–32 mm with a 72-tooth ratchet.',
      'ลูกบล็อกโครมวาเนเดียม 10–32 มม. พร้อมด้ามฟรี 72 ฟัน',
      'Piper i krom-vanadium 10–32 mm med 72-tanns skralle.',
      'Soket krom-vanadium 10–32 mm dengan racet 72 gigi.',
    ),
  },
  {
    sku: 'NL-TL-012', category: 'cat_tools', cost: 1800, stock: null,
    name: t('XR18 LED area light', 'ไฟ LED ส่องพื้นที่ XR18', 'XR18 LED-arbeidslys', 'Lampu kawasan LED XR18'),
    description: t(
      '3,000-lumen work light with a tripod mount; runs on XR18 batteries.',
      'ไฟทำงาน 3,000 ลูเมน ติดตั้งบนขาตั้งได้ ใช้แบตเตอรี่ XR18',
      'Arbeidslys på 3 000 lumen med stativfeste; går på XR18-batterier.',
      'Lampu kerja 3,000 lumen dengan pemasangan tripod; menggunakan bateri XR18.',
    ),
  },
  // Experiences
  {
    sku: 'NL-EXP-001', category: 'cat_experiences', cost: 60000, stock: 4, tier: 'PLATINUM',
    name: t('Factory visit to Nordlys in Norway', 'เยี่ยมชมโรงงาน Nordlys ที่นอร์เวย์', 'Fabrikkbesøk hos Nordlys i Norge', 'Lawatan kilang Nordlys di Norway'),
    description: t(
      'Three days in Gjøvik for two: factory tour, R&D lab and a night under the northern lights.',
      'ทริปสามวันที่เมืองเยอวิกสำหรับสองท่าน ชมโรงงาน ห้องแล็บวิจัยและพัฒนา และค่ำคืนใต้แสงเหนือ',
      'Tre dager på Gjøvik for to: fabrikkomvisning, utviklingslab og en kveld under nordlyset.',
      'Tiga hari di Gjøvik untuk dua orang: lawatan kilang, makmal R&D dan satu malam di bawah cahaya utara.',
    ),
  },
  {
    sku: 'NL-EXP-002', category: 'cat_experiences', cost: 25000, stock: 8, tier: 'GOLD',
    name: t('Motorsport track day', 'วันขับรถในสนามแข่ง', 'Banedag på motorsportbane', 'Hari di litar sukan permotoran'),
    description: t(
      'A day on the circuit with professional instructors, lunch included.',
      'หนึ่งวันเต็มในสนามแข่งกับครูฝึกมืออาชีพ รวมอาหารกลางวัน',
      'En dag på banen med profesjonelle instruktører, lunsj inkludert.',
      'Sehari di litar bersama jurulatih profesional, termasuk makan tengah hari.',
    ),
  },
  {
    sku: 'NL-EXP-003', category: 'cat_experiences', cost: 8000, stock: null,
    name: t('Team dinner for six', 'มื้อค่ำสำหรับทีม 6 ท่าน', 'Middag for teamet, seks personer', 'Makan malam pasukan untuk enam orang'),
    description: t(
      'Celebrate a good quarter with your team at a restaurant of your choice.',
      'ฉลองไตรมาสที่ดีกับทีมของคุณที่ร้านอาหารที่คุณเลือก',
      'Feir et godt kvartal med teamet på en restaurant dere velger selv.',
      'Raikan suku tahun yang baik bersama pasukan anda di restoran pilihan anda.',
    ),
  },
  {
    sku: 'NL-EXP-004', category: 'cat_experiences', cost: 12000, stock: 6,
    name: t('Two tickets to a league football match', 'บัตรชมฟุตบอลลีก 2 ใบ', 'To billetter til seriekamp i fotball', 'Dua tiket perlawanan bola sepak liga'),
    description: t(
      'Good seats at a home match near you; dates on request.',
      'ที่นั่งดีในนัดเหย้าใกล้บ้านคุณ เลือกวันได้ตามต้องการ',
      'Gode plasser på en hjemmekamp nær deg; dato etter ønske.',
      'Tempat duduk yang baik di perlawanan tempatan berhampiran anda; tarikh atas permintaan.',
    ),
  },
  {
    sku: 'NL-EXP-005', category: 'cat_experiences', cost: 5000, stock: null,
    name: t('Outdoor cooking class', 'คลาสทำอาหารกลางแจ้ง', 'Kurs i utematlaging', 'Kelas memasak di luar'),
    description: t(
      'An evening of fire-pit cooking for two with a professional chef.',
      'ค่ำคืนแห่งการทำอาหารบนเตาฟืนสำหรับสองท่านกับเชฟมืออาชีพ',
      'En kveld med bålmat for to sammen med en profesjonell kokk.',
      'Satu malam memasak di atas unggun api untuk dua orang bersama cef profesional.',
    ),
  },
  {
    sku: 'NL-EXP-006', category: 'cat_experiences', cost: 18000, stock: null, tier: 'GOLD',
    name: t('Spa weekend for two', 'สปาสุดสัปดาห์สำหรับสองท่าน', 'Spahelg for to', 'Hujung minggu spa untuk dua orang'),
    description: t(
      'Two nights at a spa hotel with breakfast and treatments.',
      'พักสองคืนที่โรงแรมสปา พร้อมอาหารเช้าและทรีตเมนต์',
      'To netter på spahotell med frokost og behandlinger.',
      'Dua malam di hotel spa dengan sarapan dan rawatan.',
    ),
  },
  {
    sku: 'NL-EXP-007', category: 'cat_experiences', cost: 15000, stock: 12, season: 'upcoming',
    name: t(
      'Limited season: fjord RIB safari for two',
      'ล่องเรือเร็วชมฟยอร์ดสำหรับสองท่าน (เฉพาะฤดูกาล)',
      'Kun denne sesongen: RIB-safari i fjorden for to',
      'Musim terhad: safari bot RIB di fjord untuk dua orang',
    ),
    description: t(
      'A guided high-speed boat trip through the fjords, bookable this season only.',
      'ทริปเรือเร็วพร้อมไกด์ล่องผ่านฟยอร์ด จองได้เฉพาะฤดูกาลนี้เท่านั้น',
      'Guidet tur i høy fart gjennom fjordene, kan bare bestilles denne sesongen.',
      'Perjalanan bot laju berpemandu melalui fjord, boleh ditempah pada musim ini sahaja.',
    ),
  },
  // Gift cards
  ...[25, 50, 100, 250].map((amount): RewardDefinition => ({
    sku: `NL-GC-${String(amount).padStart(3, '0')}`,
    category: 'cat_gift_cards',
    cost: amount * 100,
    stock: null,
    name: t(`Gift card $${amount}`, `บัตรของขวัญ ${amount} ดอลลาร์`, `Gavekort ${amount} dollar`, `Kad hadiah $${amount}`),
    description: t(
      'A digital gift card for a large online marketplace, delivered by e-mail.',
      'บัตรของขวัญดิจิทัลสำหรับตลาดออนไลน์ขนาดใหญ่ ส่งให้ทางอีเมล',
      'Digitalt gavekort til en stor nettbutikk, sendes på e-post.',
      'Kad hadiah digital untuk pasaran dalam talian yang besar, dihantar melalui e-mel.',
    ),
  })),
  {
    sku: 'NL-GC-FUEL', category: 'cat_gift_cards', cost: 5000, stock: null,
    name: t('Fuel card $50', 'บัตรเติมน้ำมัน 50 ดอลลาร์', 'Drivstoffkort 50 dollar', 'Kad minyak $50'),
    description: t(
      'Prepaid fuel card accepted at the major station chains.',
      'บัตรเติมน้ำมันแบบเติมเงินล่วงหน้า ใช้ได้ที่สถานีบริการชั้นนำ',
      'Forhåndsbetalt drivstoffkort som gjelder hos de store kjedene.',
      'Kad minyak prabayar yang diterima di rangkaian stesen utama.',
    ),
  },
  {
    sku: 'NL-GC-SEASON', category: 'cat_gift_cards', cost: 3500, stock: null, season: 'past',
    name: t('Seasonal gift card $40', 'บัตรของขวัญตามฤดูกาล 40 ดอลลาร์', 'Sesonggavekort 40 dollar', 'Kad hadiah bermusim $40'),
    description: t(
      'A $40 gift card for 3,500 points, this season only.',
      'บัตรของขวัญมูลค่า 40 ดอลลาร์ แลกด้วย 3,500 คะแนน เฉพาะฤดูกาลนี้',
      'Et gavekort på 40 dollar for 3 500 poeng, kun denne sesongen.',
      'Kad hadiah $40 untuk 3,500 mata, musim ini sahaja.',
    ),
  },
  // Training vouchers
  {
    sku: 'NL-TRN-001', category: 'cat_training', cost: 3000, stock: null,
    name: t(
      'Voucher: classroom day at the Nordlys Academy',
      'บัตรกำนัล: อบรมภาคปฏิบัติหนึ่งวันที่ Nordlys Academy',
      'Verdikupong: kursdag ved Nordlys Academy',
      'Baucar: sehari kelas di Nordlys Academy',
    ),
    description: t(
      'A hands-on day at a Nordlys training centre for one person.',
      'อบรมภาคปฏิบัติหนึ่งวันที่ศูนย์ฝึกอบรม Nordlys สำหรับหนึ่งท่าน',
      'En praktisk dag ved et Nordlys-kurssenter for én person.',
      'Sehari latihan amali di pusat latihan Nordlys untuk seorang.',
    ),
  },
  {
    sku: 'NL-TRN-002', category: 'cat_training', cost: 6500, stock: 20,
    name: t('Anchor installer certification', 'หลักสูตรรับรองช่างติดตั้งพุก', 'Sertifisering for ankermontører', 'Pensijilan pemasang sauh'),
    description: t(
      'Certified course in post-installed anchors, exam fee included.',
      'หลักสูตรรับรองการติดตั้งพุกแบบติดตั้งภายหลัง รวมค่าสอบแล้ว',
      'Sertifiseringskurs i etterinstallerte ankere, eksamensavgift inkludert.',
      'Kursus bertauliah untuk sauh pasang-selepas, termasuk yuran peperiksaan.',
    ),
  },
  {
    sku: 'NL-TRN-003', category: 'cat_training', cost: 4000, stock: null,
    name: t('First aid course for two', 'อบรมปฐมพยาบาลสำหรับสองท่าน', 'Førstehjelpskurs for to', 'Kursus pertolongan cemas untuk dua orang'),
    description: t(
      'Accredited workplace first aid course for two employees.',
      'หลักสูตรปฐมพยาบาลในที่ทำงานที่ได้รับการรับรอง สำหรับพนักงานสองคน',
      'Godkjent førstehjelpskurs for to ansatte.',
      'Kursus pertolongan cemas tempat kerja bertauliah untuk dua pekerja.',
    ),
  },
  {
    sku: 'NL-TRN-004', category: 'cat_training', cost: 2000, stock: null,
    name: t('Sales coaching session', 'เซสชันโค้ชการขาย', 'Salgscoaching', 'Sesi bimbingan jualan'),
    description: t(
      'Two hours of one-to-one online coaching with a Nordlys sales trainer.',
      'โค้ชตัวต่อตัวทางออนไลน์กับเทรนเนอร์ฝ่ายขายของ Nordlys สองชั่วโมง',
      'To timer individuell coaching på nett med en Nordlys-salgstrener.',
      'Dua jam bimbingan empat mata dalam talian bersama jurulatih jualan Nordlys.',
    ),
  },
  {
    sku: 'NL-TRN-005', category: 'cat_training', cost: 30000, stock: 10, tier: 'PLATINUM',
    name: t('A seat at the Nordlys Partner Summit', 'ที่นั่งในงาน Nordlys Partner Summit', 'Plass på Nordlys partnersamling', 'Tempat di Sidang Kemuncak Rakan Nordlys'),
    description: t(
      'Two days of product previews, workshops and networking, travel included.',
      'สองวันเต็มกับการเปิดตัวสินค้าล่วงหน้า เวิร์กช็อป และการสร้างเครือข่าย รวมค่าเดินทาง',
      'To dager med produktnyheter, verksteder og nettverksbygging, reise inkludert.',
      'Dua hari pratonton produk, bengkel dan jaringan, termasuk perjalanan.',
    ),
  },
  // Charity
  {
    sku: 'NL-CH-001', category: 'cat_charity', cost: 1000, stock: null, square: true,
    name: t('Donate: tools for vocational schools', 'บริจาค: เครื่องมือให้โรงเรียนอาชีวะ', 'Doner: verktøy til yrkesskoler', 'Derma: perkakas untuk sekolah vokasional'),
    description: t(
      'We turn your points into tool kits for vocational students and match every donation.',
      'เราเปลี่ยนคะแนนของคุณเป็นชุดเครื่องมือสำหรับนักเรียนอาชีวะ และสมทบเพิ่มอีกเท่าตัวทุกการบริจาค',
      'Vi gjør poengene dine om til verktøysett for yrkeselever og dobler hver donasjon.',
      'Kami tukarkan mata anda kepada kit perkakas untuk pelajar vokasional dan memadankan setiap derma.',
    ),
  },
  {
    sku: 'NL-CH-002', category: 'cat_charity', cost: 500, stock: null, square: true,
    name: t('Donate: plant ten trees', 'บริจาค: ปลูกต้นไม้สิบต้น', 'Doner: plant ti trær', 'Derma: tanam sepuluh pokok'),
    description: t(
      'Plants ten trees with a reforestation partner in Thailand or Malaysia.',
      'ปลูกต้นไม้สิบต้นร่วมกับองค์กรฟื้นฟูป่าในประเทศไทยหรือมาเลเซีย',
      'Planter ti trær sammen med en skogplantingspartner i Thailand eller Malaysia.',
      'Menanam sepuluh pokok bersama rakan penghutanan semula di Thailand atau Malaysia.',
    ),
  },
  {
    sku: 'NL-CH-003', category: 'cat_charity', cost: 2000, stock: null, square: true,
    name: t('Donate: disaster relief', 'บริจาค: ช่วยเหลือผู้ประสบภัย', 'Doner: katastrofehjelp', 'Derma: bantuan bencana'),
    description: t(
      'Supports emergency shelter kits for families after floods and storms.',
      'สนับสนุนชุดที่พักฉุกเฉินสำหรับครอบครัวที่ประสบภัยน้ำท่วมและพายุ',
      'Støtter nødlypakker til familier etter flom og storm.',
      'Menyokong kit perlindungan kecemasan untuk keluarga selepas banjir dan ribut.',
    ),
  },
  {
    sku: 'NL-CH-004', category: 'cat_charity', cost: 200, stock: null, square: true,
    name: t('Donate: youth sports club', 'บริจาค: ชมรมกีฬาเยาวชน', 'Doner: idrettslag for barn og unge', 'Derma: kelab sukan belia'),
    description: t(
      'Buys equipment for a local youth sports club near one of our partners.',
      'ซื้ออุปกรณ์ให้ชมรมกีฬาเยาวชนในท้องถิ่นใกล้ร้านพาร์ทเนอร์ของเรา',
      'Kjøper utstyr til et idrettslag for barn og unge nær en av partnerne våre.',
      'Membeli peralatan untuk kelab sukan belia tempatan berhampiran salah satu rakan kami.',
    ),
  },
];

export function rewardId(sku: string): string {
  return `rwd_${sku.replace(/^NL-/, '').toLowerCase().replace(/-/g, '_')}`;
}

/** Seasonal windows relative to `now`: one on now, one that opens soon, one that has closed. */
function seasonWindow(season: Season | undefined, now: Date): { from: Date | null; until: Date | null } {
  switch (season) {
    case 'current':
      return { from: addDays(now, -12), until: addDays(now, 24) };
    case 'upcoming':
      return { from: addDays(now, 14), until: addDays(now, 75) };
    case 'past':
      return { from: addDays(now, -120), until: addDays(now, -30) };
    default:
      return { from: null, until: null };
  }
}

export async function seedCatalog(
  db: Kysely<Database>,
  options: { now: Date; rng: Random; tierIds: Record<string, string> },
): Promise<{ categories: number; rewards: number }> {
  const { now, rng, tierIds } = options;
  await db
    .insertInto('reward_categories')
    .values(CATEGORIES.map((c, position) => ({ id: c.id, code: c.code, name: JSON.stringify(c.name), position })))
    .execute();
  await db
    .insertInto('rewards')
    .values(
      REWARDS.map((r) => {
        const window = seasonWindow(r.season, now);
        // Seasonal items are added just before their window; the rest over the last year or so,
        // a few recently so "newest" sorting has something to show.
        const createdAt = r.season ? addDays(window.from!, -rng.int(5, 20)) : addDays(now, -rng.int(3, 420));
        return {
          id: rewardId(r.sku),
          sku: r.sku,
          category_id: r.category,
          name: JSON.stringify(r.name),
          description: JSON.stringify(r.description),
          cost_points: r.cost,
          stock: r.stock,
          required_tier_id: r.tier ? tierIds[r.tier]! : null,
          available_from: window.from,
          available_until: window.until,
          image_url: `/demo/images/rewards/${r.sku}.svg`,
          image_width: r.square ? 360 : 480,
          image_height: 360,
          active: true,
          created_at: createdAt < now ? createdAt : addDays(now, -1),
        };
      }),
    )
    .execute();
  return { categories: CATEGORIES.length, rewards: REWARDS.length };
}
