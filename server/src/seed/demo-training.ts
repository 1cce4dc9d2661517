import type { Kysely } from 'kysely';
import type { Database, LocalizedText, ProgramRow } from '../store/tables.js';
import { creditCourseCompletion } from '../services/training.js';
import { addDays } from '../domain/time.js';
import { createRandom, type Random } from './random.js';
import type { SeedEvent, SeedMember } from './demo.js';
import { t } from './text.js';

/** The demo's Nordlys Academy: courses with lessons and quizzes, and webinars. */


type Level = 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';

export interface LessonDefinition {
  kind: 'TEXT' | 'VIDEO' | 'DOCUMENT';
  title: LocalizedText;
  body: LocalizedText;
  minutes: number;
  /** File name under /demo/media/courses/ (VIDEO: .mp4 with a .en.vtt beside it; DOCUMENT: .pdf). */
  media?: string;
}

interface QuestionDefinition {
  prompt: LocalizedText;
  options: LocalizedText[];
  /** Index into options. */
  correct: number;
}

export interface CourseDefinition {
  id: string;
  topic: 'product-knowledge' | 'safety' | 'sales' | 'installation';
  level: Level;
  points: number;
  passPct: number | null;
  title: LocalizedText;
  summary: LocalizedText;
  lessons: LessonDefinition[];
  quiz: QuestionDefinition[];
}

const VIDEO_BODY = t(
  '<p>Watch the video, then mark the lesson as done. Captions are available.</p>',
  '<p>ดูวิดีโอ แล้วทำเครื่องหมายว่าเรียนบทนี้จบแล้ว มีคำบรรยายให้เลือก</p>',
  '<p>Se videoen, og merk deretter leksjonen som fullført. Teksting er tilgjengelig.</p>',
  '<p>Tonton video ini, kemudian tandakan pelajaran sebagai selesai. Sari kata disediakan.</p>',
);

const DOCUMENT_BODY = t(
  '<p>Download the PDF, read it through and keep it at the <strong>sales counter</strong>.</p>',
  '<p>ดาวน์โหลดไฟล์ PDF อ่านให้จบ และเก็บไว้ที่ <strong>เคาน์เตอร์ขาย</strong></p>',
  '<p>Last ned PDF-en, les den og ha den liggende ved <strong>salgsdisken</strong>.</p>',
  '<p>Muat turun PDF ini, baca sehingga habis dan simpan di <strong>kaunter jualan</strong>.</p>',
);

/** The topics' names, in the order the catalog's filter lists them. */
export const TOPICS: Record<CourseDefinition['topic'], LocalizedText> = {
  'product-knowledge': t('Product knowledge', 'ความรู้เรื่องผลิตภัณฑ์', 'Produktkunnskap', 'Pengetahuan produk'),
  sales: t('Sales', 'การขาย', 'Salg', 'Jualan'),
  installation: t('Installation', 'การติดตั้ง', 'Montering', 'Pemasangan'),
  safety: t('Safety', 'ความปลอดภัย', 'Sikkerhet', 'Keselamatan'),
};

/** Every demo video lesson has captions in the program's four languages (`demo/media.ts` makes them). */
export const CAPTION_LANGUAGES = ['en', 'th', 'nb', 'ms'] as const;

export const COURSES: CourseDefinition[] = [
  {
    id: 'crs_xr18_platform',
    topic: 'product-knowledge',
    level: 'BEGINNER',
    points: 150,
    passPct: 70,
    title: t('The XR18 cordless platform', 'แพลตฟอร์มไร้สาย XR18', 'XR18 – den batteridrevne plattformen', 'Platform tanpa wayar XR18'),
    summary: t(
      'One battery for 60 tools: what to recommend to whom, and how to sell the system rather than a single tool.',
      'แบตเตอรี่ก้อนเดียวสำหรับเครื่องมือ 60 รุ่น: ควรแนะนำอะไรให้ใคร และวิธีขายทั้งระบบแทนการขายเครื่องมือชิ้นเดียว',
      'Ett batteri til 60 verktøy: hva du anbefaler til hvem, og hvordan du selger systemet i stedet for enkeltverktøyet.',
      'Satu bateri untuk 60 alat: apa yang hendak disyorkan kepada siapa, dan cara menjual sistem dan bukan alat tunggal.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 8,
        title: t('One battery, sixty tools', 'แบตเตอรี่ก้อนเดียว เครื่องมือหกสิบรุ่น', 'Ett batteri, seksti verktøy', 'Satu bateri, enam puluh alat'),
        body: t(
          '<p>Every XR18 tool runs on the same 18 V slide battery, from the compact 2 Ah pack to the 8 Ah high-output pack.</p><ul><li><strong>Compact</strong> (2–4 Ah): drills, impact drivers, overhead work.</li><li><strong>High output</strong> (5–8 Ah): saws, grinders, rotary hammers.</li></ul><p>Customers who already own one XR18 battery are the easiest to sell the next tool to.</p>',
          '<p>เครื่องมือ XR18 ทุกรุ่นใช้แบตเตอรี่แบบสไลด์ 18 V ก้อนเดียวกัน ตั้งแต่แบตเตอรี่ขนาดกะทัดรัด 2 Ah ไปจนถึงแบตเตอรี่กำลังสูง 8 Ah</p><ul><li><strong>ขนาดกะทัดรัด</strong> (2–4 Ah): สว่าน ไขควงกระแทก งานเหนือศีรษะ</li><li><strong>กำลังสูง</strong> (5–8 Ah): เลื่อย เครื่องเจียร สว่านโรตารี่</li></ul><p>ลูกค้าที่มีแบตเตอรี่ XR18 อยู่แล้วหนึ่งก้อน คือลูกค้าที่ขายเครื่องมือชิ้นต่อไปได้ง่ายที่สุด</p>',
          '<p>Alle XR18-verktøy bruker det samme 18 V-skyvebatteriet, fra den kompakte 2 Ah-pakken til høyeffektpakken på 8 Ah.</p><ul><li><strong>Kompakt</strong> (2–4 Ah): driller, slagtrekkere, arbeid over hodehøyde.</li><li><strong>Høyeffekt</strong> (5–8 Ah): sager, vinkelslipere, borhammere.</li></ul><p>Kunder som allerede har ett XR18-batteri, er de enkleste å selge neste verktøy til.</p>',
          '<p>Setiap alat XR18 menggunakan bateri gelongsor 18 V yang sama, daripada pek padat 2 Ah hingga pek berkuasa tinggi 8 Ah.</p><ul><li><strong>Padat</strong> (2–4 Ah): gerudi, pemutar hentaman, kerja di atas kepala.</li><li><strong>Kuasa tinggi</strong> (5–8 Ah): gergaji, pengisar, tukul putar.</li></ul><p>Pelanggan yang sudah memiliki satu bateri XR18 paling mudah dijual alat seterusnya.</p>',
        ),
      },
      {
        kind: 'VIDEO',
        minutes: 6,
        media: 'xr18-brushless',
        title: t('Brushless motors explained', 'อธิบายมอเตอร์ไร้แปรงถ่าน', 'Børsteløse motorer forklart', 'Motor tanpa berus diterangkan'),
        body: VIDEO_BODY,
      },
      {
        kind: 'TEXT',
        minutes: 7,
        title: t('Recommending the right kit', 'แนะนำชุดเครื่องมือให้เหมาะกับงาน', 'Anbefal riktig sett', 'Mengesyorkan kit yang betul'),
        body: t(
          '<p>Ask three questions before you recommend a kit:</p><ul><li>Which trade is the customer in?</li><li>Which tools does the customer already own?</li><li>How many hours a day do the tools run?</li></ul><p>A plumber who drills all day needs two high-output batteries; a kitchen fitter manages with compact ones.</p>',
          '<p>ถามสามคำถามก่อนแนะนำชุดเครื่องมือ:</p><ul><li>ลูกค้าทำงานช่างประเภทใด</li><li>ลูกค้ามีเครื่องมืออะไรอยู่แล้วบ้าง</li><li>ใช้งานเครื่องมือวันละกี่ชั่วโมง</li></ul><p>ช่างประปาที่เจาะทั้งวันต้องการแบตเตอรี่กำลังสูงสองก้อน ส่วนช่างติดตั้งครัวใช้แบตเตอรี่ขนาดกะทัดรัดก็เพียงพอ</p>',
          '<p>Still tre spørsmål før du anbefaler et sett:</p><ul><li>Hvilket fag jobber kunden i?</li><li>Hvilke verktøy har kunden allerede?</li><li>Hvor mange timer om dagen går verktøyene?</li></ul><p>En rørlegger som borer hele dagen trenger to høyeffektbatterier; en kjøkkenmontør klarer seg med kompakte.</p>',
          '<p>Tanya tiga soalan sebelum mengesyorkan kit:</p><ul><li>Dalam bidang apakah pelanggan bekerja?</li><li>Alat apakah yang sudah dimiliki pelanggan?</li><li>Berapa jam sehari alat itu digunakan?</li></ul><p>Tukang paip yang menggerudi sepanjang hari memerlukan dua bateri kuasa tinggi; pemasang kabinet dapur cukup dengan bateri padat.</p>',
        ),
      },
    ],
    quiz: [
      {
        prompt: t(
          'Which battery suits a rotary hammer that runs all day?',
          'แบตเตอรี่แบบใดเหมาะกับสว่านโรตารี่ที่ใช้งานทั้งวัน',
          'Hvilket batteri passer til en borhammer som går hele dagen?',
          'Bateri manakah sesuai untuk tukul putar yang digunakan sepanjang hari?',
        ),
        options: [
          t('2 Ah compact', '2 Ah ขนาดกะทัดรัด', '2 Ah kompakt', '2 Ah padat'),
          t('4 Ah compact', '4 Ah ขนาดกะทัดรัด', '4 Ah kompakt', '4 Ah padat'),
          t('8 Ah high output', '8 Ah กำลังสูง', '8 Ah høyeffekt', '8 Ah kuasa tinggi'),
        ],
        correct: 2,
      },
      {
        prompt: t(
          'What is the main benefit of a brushless motor?',
          'ประโยชน์หลักของมอเตอร์ไร้แปรงถ่านคืออะไร',
          'Hva er den viktigste fordelen med en børsteløs motor?',
          'Apakah faedah utama motor tanpa berus?',
        ),
        options: [
          t('A lower price', 'ราคาถูกกว่า', 'Lavere pris', 'Harga lebih rendah'),
          t('Longer runtime and less maintenance', 'ใช้งานได้นานขึ้นและดูแลรักษาน้อยลง', 'Lengre driftstid og mindre vedlikehold', 'Masa operasi lebih lama dan kurang penyelenggaraan'),
          t('Louder operation', 'เสียงดังกว่า', 'Mer støy', 'Bunyi lebih kuat'),
          t('It needs no battery', 'ไม่ต้องใช้แบตเตอรี่', 'Den trenger ikke batteri', 'Tidak memerlukan bateri'),
        ],
        correct: 1,
      },
      {
        prompt: t(
          'Which customer is easiest to sell the next XR18 tool to?',
          'ลูกค้าแบบใดขายเครื่องมือ XR18 ชิ้นต่อไปได้ง่ายที่สุด',
          'Hvilken kunde er enklest å selge neste XR18-verktøy til?',
          'Pelanggan manakah paling mudah dijual alat XR18 seterusnya?',
        ),
        options: [
          t('A customer who already owns an XR18 battery', 'ลูกค้าที่มีแบตเตอรี่ XR18 อยู่แล้ว', 'En kunde som allerede har et XR18-batteri', 'Pelanggan yang sudah memiliki bateri XR18'),
          t('A customer with corded tools only', 'ลูกค้าที่มีแต่เครื่องมือแบบมีสาย', 'En kunde med bare verktøy med ledning', 'Pelanggan yang hanya mempunyai alat berwayar'),
          t('A first-time buyer', 'ผู้ซื้อครั้งแรก', 'En førstegangskjøper', 'Pembeli kali pertama'),
        ],
        correct: 0,
      },
    ],
  },
  {
    id: 'crs_fastener_basics',
    topic: 'product-knowledge',
    level: 'BEGINNER',
    points: 100,
    passPct: 70,
    title: t(
      'Fasteners 101: choosing the right anchor',
      'พื้นฐานอุปกรณ์ยึด: เลือกพุกให้ถูกงาน',
      'Festemidler 101: velg riktig anker',
      'Asas pengikat: memilih sauh yang betul',
    ),
    summary: t(
      'Base material, load and environment decide the anchor. Learn the three questions that prevent callbacks.',
      'วัสดุฐาน น้ำหนักที่รับ และสภาพแวดล้อมเป็นตัวกำหนดชนิดของพุก เรียนรู้สามคำถามที่ช่วยป้องกันงานแก้',
      'Underlag, last og miljø avgjør ankeret. Lær de tre spørsmålene som hindrer reklamasjoner.',
      'Bahan asas, beban dan persekitaran menentukan sauh. Pelajari tiga soalan yang mengelakkan kerja pembaikan semula.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 6,
        title: t('Base materials', 'วัสดุฐาน', 'Underlag', 'Bahan asas'),
        body: t(
          '<p>The first question is always: <strong>what are we fixing into?</strong></p><ul><li>Solid concrete: wedge anchors or concrete screws.</li><li>Hollow brick and block: nylon plugs, or chemical anchors with a sieve sleeve.</li><li>Plasterboard: cavity anchors rated for the load.</li></ul>',
          '<p>คำถามแรกเสมอคือ <strong>เราจะยึดลงบนวัสดุอะไร</strong></p><ul><li>คอนกรีตตัน: พุกเวดจ์หรือสกรูคอนกรีต</li><li>อิฐกลวงและบล็อก: พุกไนลอน หรือพุกเคมีพร้อมปลอกตะแกรง</li><li>แผ่นยิปซัม: พุกสำหรับผนังกลวงที่รับน้ำหนักได้ตามที่ต้องการ</li></ul>',
          '<p>Det første spørsmålet er alltid: <strong>hva skal vi feste i?</strong></p><ul><li>Massiv betong: ekspansjonsankere eller betongskruer.</li><li>Hulstein og blokk: nylonplugger, eller kjemiske ankere med silhylse.</li><li>Gipsplater: hulromsankere som tåler lasten.</li></ul>',
          '<p>Soalan pertama sentiasa: <strong>apakah bahan yang hendak diikat?</strong></p><ul><li>Konkrit padu: sauh baji atau skru konkrit.</li><li>Bata dan blok berongga: palam nilon, atau sauh kimia dengan selongsong penapis.</li><li>Papan gipsum: sauh rongga yang sesuai dengan beban.</li></ul>',
        ),
      },
      {
        kind: 'TEXT',
        minutes: 7,
        title: t('Loads and corrosion', 'น้ำหนักและการกัดกร่อน', 'Last og korrosjon', 'Beban dan kakisan'),
        body: t(
          '<p>Check the <strong>design load</strong> in the Nordlys anchor tables, never by feel. Outdoors and near the sea, choose hot-dip galvanised or A4 stainless steel.</p><ul><li>Indoors, dry: zinc-plated.</li><li>Outdoors: hot-dip galvanised.</li><li>Coast or swimming pools: A4 stainless.</li></ul>',
          '<p>ตรวจสอบ <strong>น้ำหนักออกแบบ</strong> จากตารางพุกของ Nordlys เสมอ ห้ามกะเอาเอง งานภายนอกอาคารและใกล้ทะเลให้เลือกเหล็กชุบกัลวาไนซ์แบบจุ่มร้อนหรือสเตนเลส A4</p><ul><li>ภายในอาคาร แห้ง: ชุบสังกะสี</li><li>ภายนอกอาคาร: ชุบกัลวาไนซ์แบบจุ่มร้อน</li><li>ชายทะเลหรือสระว่ายน้ำ: สเตนเลส A4</li></ul>',
          '<p>Kontroller <strong>dimensjonerende last</strong> i Nordlys-ankertabellene, aldri på følelsen. Utendørs og nær sjøen velger du varmforsinket eller rustfritt A4.</p><ul><li>Innendørs, tørt: elforsinket.</li><li>Utendørs: varmforsinket.</li><li>Kyst eller svømmebasseng: rustfritt A4.</li></ul>',
          '<p>Semak <strong>beban reka bentuk</strong> dalam jadual sauh Nordlys, jangan sekadar mengagak. Di luar bangunan dan berhampiran laut, pilih keluli tergalvani celup panas atau keluli tahan karat A4.</p><ul><li>Dalam bangunan, kering: bersalut zink.</li><li>Luar bangunan: tergalvani celup panas.</li><li>Pesisir pantai atau kolam renang: keluli tahan karat A4.</li></ul>',
        ),
      },
      {
        kind: 'DOCUMENT',
        minutes: 5,
        media: 'anchor-selection-chart',
        title: t('Anchor selection chart (PDF)', 'ตารางเลือกพุก (PDF)', 'Velgeskjema for ankere (PDF)', 'Carta pemilihan sauh (PDF)'),
        body: DOCUMENT_BODY,
      },
    ],
    quiz: [
      {
        prompt: t('Which anchor suits hollow brick?', 'พุกแบบใดเหมาะกับอิฐกลวง', 'Hvilket anker passer i hulstein?', 'Sauh manakah sesuai untuk bata berongga?'),
        options: [
          t('A wedge anchor', 'พุกเวดจ์', 'Et ekspansjonsanker', 'Sauh baji'),
          t('A chemical anchor with a sieve sleeve', 'พุกเคมีพร้อมปลอกตะแกรง', 'Et kjemisk anker med silhylse', 'Sauh kimia dengan selongsong penapis'),
          t('A plasterboard anchor', 'พุกสำหรับแผ่นยิปซัม', 'Et gipsplateanker', 'Sauh papan gipsum'),
        ],
        correct: 1,
      },
      {
        prompt: t('A railing by the sea needs…', 'ราวกันตกริมทะเลควรใช้…', 'Et rekkverk ved sjøen trenger …', 'Pagar besi di tepi laut memerlukan…'),
        options: [
          t('Zinc-plated steel', 'เหล็กชุบสังกะสี', 'Elforsinket stål', 'Keluli bersalut zink'),
          t('Hot-dip galvanised steel', 'เหล็กชุบกัลวาไนซ์แบบจุ่มร้อน', 'Varmforsinket stål', 'Keluli tergalvani celup panas'),
          t('A4 stainless steel', 'สเตนเลส A4', 'Rustfritt A4-stål', 'Keluli tahan karat A4'),
        ],
        correct: 2,
      },
      {
        prompt: t(
          "Where do you find an anchor's design load?",
          'ดูน้ำหนักออกแบบของพุกได้จากที่ใด',
          'Hvor finner du dimensjonerende last for et anker?',
          'Di manakah anda mencari beban reka bentuk sauh?',
        ),
        options: [
          t('In the Nordlys anchor tables', 'ตารางพุกของ Nordlys', 'I Nordlys-ankertabellene', 'Dalam jadual sauh Nordlys'),
          t('By testing it by hand', 'ทดสอบด้วยมือ', 'Ved å teste for hånd', 'Dengan mengujinya menggunakan tangan'),
          t('From the colour of the box', 'ดูจากสีของกล่อง', 'På fargen på esken', 'Daripada warna kotak'),
          t('From the customer', 'ถามลูกค้า', 'Hos kunden', 'Daripada pelanggan'),
        ],
        correct: 0,
      },
    ],
  },
  {
    id: 'crs_site_safety',
    topic: 'safety',
    level: 'BEGINNER',
    points: 100,
    passPct: 80,
    title: t('Jobsite safety essentials', 'ความปลอดภัยพื้นฐานในไซต์งาน', 'Grunnleggende sikkerhet på byggeplassen', 'Asas keselamatan di tapak kerja'),
    summary: t(
      'Protective equipment, safe tool handling and what to tell customers about guards and kickback.',
      'อุปกรณ์ป้องกันส่วนบุคคล การใช้เครื่องมืออย่างปลอดภัย และสิ่งที่ควรบอกลูกค้าเรื่องการ์ดป้องกันและแรงดีดกลับ',
      'Verneutstyr, trygg bruk av verktøy og hva du forteller kundene om vern og tilbakeslag.',
      'Peralatan pelindung, pengendalian alat yang selamat dan perkara yang perlu diberitahu kepada pelanggan tentang pengadang dan tendangan balik.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 5,
        title: t('Personal protective equipment', 'อุปกรณ์ป้องกันส่วนบุคคล', 'Personlig verneutstyr', 'Peralatan pelindung diri'),
        body: t(
          '<p>Match the protective equipment to the task, not to the person:</p><ul><li><strong>Eyes:</strong> safety glasses for drilling, a face shield for grinding.</li><li><strong>Ears:</strong> hearing protection above 85 dB.</li><li><strong>Lungs:</strong> an FFP3 mask when cutting concrete or stone.</li></ul>',
          '<p>เลือกอุปกรณ์ป้องกันให้เหมาะกับงาน ไม่ใช่ตามตัวบุคคล:</p><ul><li><strong>ดวงตา:</strong> แว่นนิรภัยสำหรับงานเจาะ หน้ากากกันกระเด็นสำหรับงานเจียร</li><li><strong>หู:</strong> อุปกรณ์ป้องกันเสียงเมื่อเสียงดังเกิน 85 dB</li><li><strong>ปอด:</strong> หน้ากาก FFP3 เมื่อตัดคอนกรีตหรือหิน</li></ul>',
          '<p>Velg verneutstyr etter oppgaven, ikke etter personen:</p><ul><li><strong>Øyne:</strong> vernebriller ved boring, visir ved sliping.</li><li><strong>Ører:</strong> hørselvern over 85 dB.</li><li><strong>Lunger:</strong> FFP3-maske når du kapper betong eller stein.</li></ul>',
          '<p>Padankan peralatan pelindung dengan tugasan, bukan dengan orang:</p><ul><li><strong>Mata:</strong> cermin mata keselamatan untuk menggerudi, pelindung muka untuk mengisar.</li><li><strong>Telinga:</strong> pelindung pendengaran melebihi 85 dB.</li><li><strong>Paru-paru:</strong> topeng FFP3 semasa memotong konkrit atau batu.</li></ul>',
        ),
      },
      {
        kind: 'TEXT',
        minutes: 7,
        title: t(
          'Guards, kickback and clutch settings',
          'การ์ดป้องกัน แรงดีดกลับ และการตั้งค่าคลัตช์',
          'Vern, tilbakeslag og clutchinnstillinger',
          'Pengadang, tendangan balik dan tetapan klac',
        ),
        body: t(
          '<p>Most tool injuries happen when a guard has been removed or a tool binds. Teach customers to:</p><ul><li>keep the guard on the grinder and the riving knife on the saw;</li><li>use the <strong>anti-kickback clutch</strong> on rotary hammers;</li><li>hold the tool with both hands and brace for the torque.</li></ul>',
          '<p>การบาดเจ็บจากเครื่องมือส่วนใหญ่เกิดขึ้นเมื่อถอดการ์ดออกหรือเครื่องมือติดขัด สอนลูกค้าให้:</p><ul><li>ใส่การ์ดเครื่องเจียรและใบกันดีดของเลื่อยไว้เสมอ</li><li>ใช้ <strong>คลัตช์ป้องกันแรงดีดกลับ</strong> ของสว่านโรตารี่</li><li>จับเครื่องมือด้วยสองมือและตั้งรับแรงบิด</li></ul>',
          '<p>De fleste verktøyskader skjer når et vern er fjernet eller verktøyet setter seg fast. Lær kundene å:</p><ul><li>beholde vernet på vinkelsliperen og spaltekniven på sagen;</li><li>bruke <strong>tilbakeslagskoblingen</strong> på borhammere;</li><li>holde verktøyet med begge hender og stå imot dreiemomentet.</li></ul>',
          '<p>Kebanyakan kecederaan alat berlaku apabila pengadang ditanggalkan atau alat tersangkut. Ajar pelanggan supaya:</p><ul><li>mengekalkan pengadang pada pengisar dan pisau belah pada gergaji;</li><li>menggunakan <strong>klac anti-tendangan balik</strong> pada tukul putar;</li><li>memegang alat dengan kedua-dua tangan dan bersedia menahan daya kilas.</li></ul>',
        ),
      },
    ],
    quiz: [
      {
        prompt: t(
          'Which mask protects against concrete dust?',
          'หน้ากากแบบใดป้องกันฝุ่นคอนกรีตได้',
          'Hvilken maske beskytter mot betongstøv?',
          'Topeng manakah melindungi daripada habuk konkrit?',
        ),
        options: [
          t('A paper dust mask', 'หน้ากากกระดาษกันฝุ่น', 'En papirmaske', 'Topeng habuk kertas'),
          t('An FFP3 mask', 'หน้ากาก FFP3', 'En FFP3-maske', 'Topeng FFP3'),
          t('A surgical mask', 'หน้ากากอนามัย', 'Et munnbind', 'Topeng pembedahan'),
        ],
        correct: 1,
      },
      {
        prompt: t(
          'From which noise level is hearing protection needed?',
          'ต้องใช้อุปกรณ์ป้องกันเสียงเมื่อเสียงดังตั้งแต่ระดับใด',
          'Fra hvilket støynivå trengs hørselvern?',
          'Pada tahap bunyi berapakah pelindung pendengaran diperlukan?',
        ),
        options: [t('65 dB', '65 dB', '65 dB', '65 dB'), t('75 dB', '75 dB', '75 dB', '75 dB'), t('85 dB', '85 dB', '85 dB', '85 dB'), t('105 dB', '105 dB', '105 dB', '105 dB')],
        correct: 2,
      },
      {
        prompt: t(
          'What stops a rotary hammer from twisting your wrist when the bit jams?',
          'อะไรช่วยป้องกันไม่ให้สว่านโรตารี่บิดข้อมือเมื่อดอกสว่านติด',
          'Hva hindrer at borhammeren vrir håndleddet ditt når boret setter seg fast?',
          'Apakah yang menghalang tukul putar daripada memulas pergelangan tangan apabila mata gerudi tersangkut?',
        ),
        options: [
          t('A sharper bit', 'ดอกสว่านที่คมกว่า', 'Et skarpere bor', 'Mata gerudi yang lebih tajam'),
          t('The anti-kickback clutch', 'คลัตช์ป้องกันแรงดีดกลับ', 'Tilbakeslagskoblingen', 'Klac anti-tendangan balik'),
          t('A bigger battery', 'แบตเตอรี่ที่ใหญ่กว่า', 'Et større batteri', 'Bateri yang lebih besar'),
        ],
        correct: 1,
      },
      {
        prompt: t(
          'Which eye protection is right for grinding?',
          'อุปกรณ์ป้องกันดวงตาแบบใดเหมาะกับงานเจียร',
          'Hvilket øyevern er riktig ved sliping?',
          'Pelindung mata manakah yang betul untuk mengisar?',
        ),
        options: [
          t('Sunglasses', 'แว่นกันแดด', 'Solbriller', 'Cermin mata hitam'),
          t('Safety glasses only', 'แว่นนิรภัยอย่างเดียว', 'Bare vernebriller', 'Cermin mata keselamatan sahaja'),
          t('A face shield over safety glasses', 'หน้ากากกันกระเด็นสวมทับแว่นนิรภัย', 'Visir over vernebriller', 'Pelindung muka di atas cermin mata keselamatan'),
        ],
        correct: 2,
      },
    ],
  },
  {
    id: 'crs_dust_control',
    topic: 'safety',
    level: 'INTERMEDIATE',
    points: 150,
    passPct: 80,
    title: t('Dust and silica control', 'การควบคุมฝุ่นและซิลิกา', 'Kontroll av støv og silika', 'Kawalan habuk dan silika'),
    summary: t(
      'Why respirable silica matters, and how on-tool extraction keeps a site within the limits.',
      'เหตุใดฝุ่นซิลิกาที่หายใจเข้าไปได้จึงสำคัญ และการดูดฝุ่นที่ตัวเครื่องช่วยให้ไซต์งานอยู่ในเกณฑ์ได้อย่างไร',
      'Hvorfor respirabelt silikastøv er viktig, og hvordan avsug på verktøyet holder byggeplassen innenfor grenseverdiene.',
      'Mengapa silika boleh sedut penting, dan bagaimana pengekstrakan pada alat memastikan tapak kerja kekal dalam had.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 6,
        title: t('What respirable silica does', 'ฝุ่นซิลิกาส่งผลต่อร่างกายอย่างไร', 'Hva respirabelt silika gjør', 'Kesan silika boleh sedut'),
        body: t(
          '<p>Cutting, drilling and grinding concrete releases fine crystalline silica. Over the years it causes <strong>silicosis</strong>, which cannot be cured.</p><p>The exposure limit in most markets is 0.05–0.1 mg/m³ over an eight-hour day: a single unprotected cut can exceed it.</p>',
          '<p>การตัด เจาะ และเจียรคอนกรีตทำให้เกิดฝุ่นซิลิกาผลึกละเอียด เมื่อสะสมนานหลายปีจะทำให้เกิด <strong>โรคซิลิโคสิส</strong> ซึ่งรักษาไม่หาย</p><p>ค่าขีดจำกัดการสัมผัสในตลาดส่วนใหญ่อยู่ที่ 0.05–0.1 มก./ลบ.ม. ตลอดวันทำงานแปดชั่วโมง การตัดเพียงครั้งเดียวโดยไม่มีการป้องกันก็อาจเกินค่านี้ได้</p>',
          '<p>Kapping, boring og sliping i betong frigjør fint krystallinsk silika. Over år gir det <strong>silikose</strong>, som ikke kan kureres.</p><p>Grenseverdien i de fleste markeder er 0,05–0,1 mg/m³ over en arbeidsdag på åtte timer: ett ubeskyttet kutt kan overskride den.</p>',
          '<p>Memotong, menggerudi dan mengisar konkrit melepaskan silika kristal halus. Selepas bertahun-tahun ia menyebabkan <strong>silikosis</strong>, yang tidak boleh diubati.</p><p>Had pendedahan di kebanyakan pasaran ialah 0.05–0.1 mg/m³ sepanjang lapan jam bekerja: satu potongan tanpa perlindungan boleh melebihinya.</p>',
        ),
      },
      {
        kind: 'VIDEO',
        minutes: 8,
        media: 'dust-extraction',
        title: t('On-tool extraction in practice', 'การดูดฝุ่นที่ตัวเครื่องในการทำงานจริง', 'Avsug på verktøyet i praksis', 'Pengekstrakan pada alat secara praktikal'),
        body: VIDEO_BODY,
      },
      {
        kind: 'TEXT',
        minutes: 5,
        title: t('Selling the complete system', 'ขายเป็นระบบครบชุด', 'Selg hele systemet', 'Menjual sistem yang lengkap'),
        body: t(
          '<p>A dust shroud without the right vacuum does little. Sell the system:</p><ul><li>the shroud for the tool;</li><li>an <strong>M- or H-class</strong> vacuum with automatic filter cleaning;</li><li>FFP3 masks as the last line of defence.</li></ul>',
          '<p>ฝาครอบเก็บฝุ่นที่ไม่มีเครื่องดูดฝุ่นที่เหมาะสมแทบไม่ช่วยอะไร จงขายเป็นระบบ:</p><ul><li>ฝาครอบเก็บฝุ่นสำหรับเครื่องมือ</li><li>เครื่องดูดฝุ่น <strong>คลาส M หรือ H</strong> ที่ทำความสะอาดไส้กรองอัตโนมัติ</li><li>หน้ากาก FFP3 เป็นด่านป้องกันสุดท้าย</li></ul>',
          '<p>Et støvdeksel uten riktig støvsuger hjelper lite. Selg systemet:</p><ul><li>støvdekselet til verktøyet;</li><li>en <strong>M- eller H-klasse</strong> støvsuger med automatisk filterrens;</li><li>FFP3-masker som siste forsvarslinje.</li></ul>',
          '<p>Penutup habuk tanpa pembersih vakum yang betul tidak banyak membantu. Jual sistemnya:</p><ul><li>penutup habuk untuk alat;</li><li>pembersih vakum <strong>kelas M atau H</strong> dengan pembersihan penapis automatik;</li><li>topeng FFP3 sebagai barisan pertahanan terakhir.</li></ul>',
        ),
      },
    ],
    quiz: [
      {
        prompt: t(
          'Which vacuum class is right for concrete dust?',
          'เครื่องดูดฝุ่นคลาสใดเหมาะกับฝุ่นคอนกรีต',
          'Hvilken støvsugerklasse passer for betongstøv?',
          'Kelas pembersih vakum manakah yang betul untuk habuk konkrit?',
        ),
        options: [
          t('L class', 'คลาส L', 'L-klasse', 'Kelas L'),
          t('M or H class', 'คลาส M หรือ H', 'M- eller H-klasse', 'Kelas M atau H'),
          t('Any household vacuum', 'เครื่องดูดฝุ่นตามบ้านทั่วไป', 'En vanlig husholdningsstøvsuger', 'Mana-mana pembersih vakum rumah'),
        ],
        correct: 1,
      },
      {
        prompt: t(
          'Which disease does long-term silica exposure cause?',
          'การสัมผัสซิลิกาเป็นเวลานานทำให้เกิดโรคใด',
          'Hvilken sykdom gir langvarig eksponering for silika?',
          'Penyakit apakah yang disebabkan oleh pendedahan silika jangka panjang?',
        ),
        options: [
          t('Asthma', 'โรคหอบหืด', 'Astma', 'Asma'),
          t('Silicosis', 'โรคซิลิโคสิส', 'Silikose', 'Silikosis'),
          t('Tendinitis', 'เอ็นอักเสบ', 'Senebetennelse', 'Tendinitis'),
        ],
        correct: 1,
      },
      {
        prompt: t(
          'What is the last line of defence against dust?',
          'ด่านป้องกันฝุ่นสุดท้ายคืออะไร',
          'Hva er siste forsvarslinje mot støv?',
          'Apakah barisan pertahanan terakhir terhadap habuk?',
        ),
        options: [
          t('An FFP3 mask', 'หน้ากาก FFP3', 'En FFP3-maske', 'Topeng FFP3'),
          t('The dust shroud', 'ฝาครอบเก็บฝุ่น', 'Støvdekselet', 'Penutup habuk'),
          t('Wetting the floor after work', 'การพรมน้ำที่พื้นหลังเลิกงาน', 'Å vanne gulvet etter arbeidet', 'Membasahkan lantai selepas kerja'),
        ],
        correct: 0,
      },
    ],
  },
  {
    id: 'crs_consultative_selling',
    topic: 'sales',
    level: 'INTERMEDIATE',
    points: 200,
    passPct: 75,
    title: t(
      'Consultative selling to contractors',
      'การขายแบบที่ปรึกษาสำหรับผู้รับเหมา',
      'Rådgivende salg til entreprenører',
      'Jualan perundingan kepada kontraktor',
    ),
    summary: t(
      'Move from price to productivity: the questions, demos and follow-ups that win the fleet order.',
      'เปลี่ยนจากการคุยเรื่องราคาเป็นเรื่องผลิตภาพ: คำถาม การสาธิต และการติดตามผลที่ทำให้ได้คำสั่งซื้อทั้งฟลีต',
      'Fra pris til produktivitet: spørsmålene, demonstrasjonene og oppfølgingen som vinner flåteordren.',
      'Beralih daripada harga kepada produktiviti: soalan, demonstrasi dan susulan yang memenangi pesanan armada.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 6,
        title: t('Ask before you pitch', 'ถามก่อนนำเสนอ', 'Spør før du selger', 'Tanya sebelum membuat tawaran'),
        body: t(
          '<p>Contractors buy time, not tools. Open with questions about their work:</p><ul><li>What slows your crews down today?</li><li>How often do tools go missing or break?</li><li>Who decides on tool purchases?</li></ul><p>Write the answers down and repeat them back before you recommend anything.</p>',
          '<p>ผู้รับเหมาซื้อเวลา ไม่ได้ซื้อเครื่องมือ เริ่มต้นด้วยคำถามเกี่ยวกับงานของพวกเขา:</p><ul><li>ทุกวันนี้อะไรทำให้ทีมช่างทำงานช้าลง</li><li>เครื่องมือหายหรือเสียบ่อยแค่ไหน</li><li>ใครเป็นผู้ตัดสินใจซื้อเครื่องมือ</li></ul><p>จดคำตอบไว้และทวนให้ลูกค้าฟังก่อนจะแนะนำสิ่งใด</p>',
          '<p>Entreprenører kjøper tid, ikke verktøy. Start med spørsmål om arbeidet deres:</p><ul><li>Hva forsinker arbeidslagene i dag?</li><li>Hvor ofte blir verktøy borte eller ødelagt?</li><li>Hvem bestemmer verktøyinnkjøpene?</li></ul><p>Skriv ned svarene og gjenta dem før du anbefaler noe.</p>',
          '<p>Kontraktor membeli masa, bukan alat. Mulakan dengan soalan tentang kerja mereka:</p><ul><li>Apakah yang melambatkan pasukan anda hari ini?</li><li>Berapa kerap alat hilang atau rosak?</li><li>Siapakah yang membuat keputusan membeli alat?</li></ul><p>Catat jawapannya dan ulangi semula sebelum anda mengesyorkan apa-apa.</p>',
        ),
      },
      {
        kind: 'TEXT',
        minutes: 8,
        title: t('The ten-minute demo', 'การสาธิตสิบนาที', 'Demoen på ti minutter', 'Demonstrasi sepuluh minit'),
        body: t(
          '<p>Bring the tool to the site and let the crew use it on <strong>their own</strong> material. A good demo:</p><ul><li>takes ten minutes, not an hour;</li><li>compares against the tool they use today;</li><li>ends with a concrete offer and a date to follow up.</li></ul>',
          '<p>นำเครื่องมือไปที่ไซต์งานและให้ทีมช่างลองใช้กับวัสดุ <strong>ของพวกเขาเอง</strong> การสาธิตที่ดี:</p><ul><li>ใช้เวลาสิบนาที ไม่ใช่หนึ่งชั่วโมง</li><li>เปรียบเทียบกับเครื่องมือที่พวกเขาใช้อยู่</li><li>จบด้วยข้อเสนอที่ชัดเจนและวันนัดติดตามผล</li></ul>',
          '<p>Ta med verktøyet ut på byggeplassen og la arbeidslaget prøve det i <strong>sitt eget</strong> materiale. En god demo:</p><ul><li>tar ti minutter, ikke en time;</li><li>sammenligner med verktøyet de bruker i dag;</li><li>ender med et konkret tilbud og en dato for oppfølging.</li></ul>',
          '<p>Bawa alat ke tapak dan biarkan pasukan mencubanya pada bahan <strong>mereka sendiri</strong>. Demonstrasi yang baik:</p><ul><li>mengambil masa sepuluh minit, bukan sejam;</li><li>membandingkan dengan alat yang mereka gunakan sekarang;</li><li>berakhir dengan tawaran yang jelas dan tarikh susulan.</li></ul>',
        ),
      },
      {
        kind: 'DOCUMENT',
        minutes: 4,
        media: 'call-planning-worksheet',
        title: t('Call planning worksheet', 'แบบฟอร์มวางแผนการเข้าพบลูกค้า', 'Arbeidsark for planlegging av kundebesøk', 'Lembaran kerja perancangan kunjungan'),
        body: DOCUMENT_BODY,
      },
      {
        kind: 'TEXT',
        minutes: 5,
        title: t('Following up', 'การติดตามผล', 'Oppfølging', 'Membuat susulan'),
        body: t(
          '<p>Most fleet orders are won on the <strong>third</strong> contact. Send a short summary the same day, book the next visit before you leave, and log it in your CRM.</p>',
          '<p>คำสั่งซื้อแบบฟลีตส่วนใหญ่ได้มาจากการติดต่อ <strong>ครั้งที่สาม</strong> ส่งสรุปสั้น ๆ ในวันเดียวกัน นัดหมายการเข้าพบครั้งต่อไปก่อนกลับ และบันทึกไว้ใน CRM</p>',
          '<p>De fleste flåteordrer vinnes på <strong>tredje</strong> kontakt. Send et kort sammendrag samme dag, avtal neste besøk før du går, og loggfør det i CRM-systemet.</p>',
          '<p>Kebanyakan pesanan armada dimenangi pada hubungan <strong>ketiga</strong>. Hantar ringkasan pendek pada hari yang sama, tempah lawatan seterusnya sebelum anda pergi, dan rekodkannya dalam CRM.</p>',
        ),
      },
    ],
    quiz: [
      {
        prompt: t('What do contractors really buy?', 'ผู้รับเหมาซื้ออะไรจริง ๆ', 'Hva kjøper entreprenører egentlig?', 'Apakah yang sebenarnya dibeli oleh kontraktor?'),
        options: [
          t('The cheapest tool', 'เครื่องมือที่ถูกที่สุด', 'Det billigste verktøyet', 'Alat paling murah'),
          t('Time and productivity', 'เวลาและผลิตภาพ', 'Tid og produktivitet', 'Masa dan produktiviti'),
          t('The newest model', 'รุ่นใหม่ล่าสุด', 'Den nyeste modellen', 'Model terbaharu'),
        ],
        correct: 1,
      },
      {
        prompt: t('How long should a site demo take?', 'การสาธิตที่ไซต์งานควรใช้เวลานานเท่าใด', 'Hvor lenge bør en demo på byggeplassen vare?', 'Berapa lama demonstrasi di tapak sepatutnya?'),
        options: [
          t('About ten minutes', 'ประมาณสิบนาที', 'Omtrent ti minutter', 'Kira-kira sepuluh minit'),
          t('Half a day', 'ครึ่งวัน', 'En halv dag', 'Setengah hari'),
          t('As long as possible', 'ให้นานที่สุดเท่าที่ทำได้', 'Så lenge som mulig', 'Selama yang boleh'),
        ],
        correct: 0,
      },
      {
        prompt: t(
          'On which contact are most fleet orders won?',
          'คำสั่งซื้อแบบฟลีตส่วนใหญ่ได้มาจากการติดต่อครั้งที่เท่าใด',
          'På hvilken kontakt vinnes de fleste flåteordrer?',
          'Pada hubungan keberapakah kebanyakan pesanan armada dimenangi?',
        ),
        options: [
          t('The first', 'ครั้งแรก', 'Den første', 'Pertama'),
          t('The second', 'ครั้งที่สอง', 'Den andre', 'Kedua'),
          t('The third', 'ครั้งที่สาม', 'Den tredje', 'Ketiga'),
          t('The tenth', 'ครั้งที่สิบ', 'Den tiende', 'Kesepuluh'),
        ],
        correct: 2,
      },
    ],
  },
  {
    id: 'crs_fleet_programs',
    topic: 'sales',
    level: 'ADVANCED',
    points: 250,
    passPct: null,
    title: t('Selling tool fleet agreements', 'การขายสัญญาบริหารฟลีตเครื่องมือ', 'Salg av verktøyflåteavtaler', 'Menjual perjanjian armada alat'),
    summary: t(
      'Monthly-fee fleets with service and replacement: how to calculate them and which customers they suit.',
      'ฟลีตเครื่องมือแบบค่าบริการรายเดือนพร้อมบริการซ่อมและเปลี่ยนเครื่อง: วิธีคำนวณและเหมาะกับลูกค้าแบบใด',
      'Flåter med månedspris, service og erstatningsverktøy: hvordan du regner på dem og hvilke kunder de passer for.',
      'Armada berbayar bulanan dengan servis dan penggantian: cara mengiranya dan pelanggan yang sesuai.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 7,
        title: t('How a fleet agreement works', 'สัญญาฟลีตทำงานอย่างไร', 'Slik fungerer en flåteavtale', 'Cara perjanjian armada berfungsi'),
        body: t(
          '<p>The customer pays a fixed monthly fee per tool. Nordlys handles <strong>service, repairs and replacement after theft</strong>; you keep the customer relationship and earn points on every monthly invoice.</p>',
          '<p>ลูกค้าจ่ายค่าบริการรายเดือนคงที่ต่อเครื่องมือหนึ่งชิ้น Nordlys ดูแล <strong>การบริการ การซ่อม และการเปลี่ยนเครื่องกรณีถูกขโมย</strong> ส่วนคุณดูแลความสัมพันธ์กับลูกค้าและได้รับคะแนนจากใบแจ้งหนี้ทุกเดือน</p>',
          '<p>Kunden betaler en fast månedspris per verktøy. Nordlys tar seg av <strong>service, reparasjoner og erstatning ved tyveri</strong>; du beholder kundeforholdet og tjener poeng på hver månedsfaktura.</p>',
          '<p>Pelanggan membayar yuran bulanan tetap bagi setiap alat. Nordlys menguruskan <strong>servis, pembaikan dan penggantian selepas kecurian</strong>; anda mengekalkan hubungan dengan pelanggan dan memperoleh mata bagi setiap invois bulanan.</p>',
        ),
      },
      {
        kind: 'TEXT',
        minutes: 9,
        title: t('Calculating the offer', 'การคำนวณข้อเสนอ', 'Slik regner du på tilbudet', 'Mengira tawaran'),
        body: t(
          "<p>Start from the customer's yearly tool spend and downtime:</p><ul><li>purchases and repairs per year;</li><li>hours lost to broken or missing tools;</li><li>the admin cost of buying and tracking tools.</li></ul><p>A fleet usually pays off once a crew has more than <strong>ten</strong> tools.</p>",
          '<p>เริ่มจากค่าใช้จ่ายด้านเครื่องมือต่อปีและเวลาที่เสียไปของลูกค้า:</p><ul><li>ค่าซื้อและค่าซ่อมต่อปี</li><li>ชั่วโมงที่เสียไปเพราะเครื่องมือเสียหรือหาย</li><li>ค่าใช้จ่ายด้านธุรการในการจัดซื้อและติดตามเครื่องมือ</li></ul><p>โดยทั่วไปฟลีตจะคุ้มค่าเมื่อทีมช่างมีเครื่องมือมากกว่า <strong>สิบ</strong> ชิ้น</p>',
          '<p>Ta utgangspunkt i kundens årlige verktøykostnader og nedetid:</p><ul><li>innkjøp og reparasjoner per år;</li><li>timer tapt på ødelagte eller borte verktøy;</li><li>administrasjonskostnaden ved å kjøpe og holde oversikt over verktøy.</li></ul><p>En flåteavtale lønner seg som regel når et arbeidslag har mer enn <strong>ti</strong> verktøy.</p>',
          '<p>Mulakan dengan perbelanjaan alat tahunan dan masa henti pelanggan:</p><ul><li>pembelian dan pembaikan setiap tahun;</li><li>jam yang hilang kerana alat rosak atau hilang;</li><li>kos pentadbiran untuk membeli dan menjejak alat.</li></ul><p>Armada biasanya berbaloi apabila pasukan mempunyai lebih daripada <strong>sepuluh</strong> alat.</p>',
        ),
      },
      {
        kind: 'DOCUMENT',
        minutes: 6,
        media: 'fleet-calculator-guide',
        title: t(
          'Fleet calculator (spreadsheet guide)',
          'เครื่องคำนวณฟลีต (คู่มือสเปรดชีต)',
          'Flåtekalkulator (veiledning til regnearket)',
          'Kalkulator armada (panduan hamparan)',
        ),
        body: DOCUMENT_BODY,
      },
    ],
    quiz: [],
  },
  {
    id: 'crs_anchor_installation',
    topic: 'installation',
    level: 'INTERMEDIATE',
    points: 200,
    passPct: 75,
    title: t(
      'Installing heavy-duty anchors in concrete',
      'การติดตั้งพุกงานหนักในคอนกรีต',
      'Montering av tunge ankere i betong',
      'Memasang sauh tugas berat dalam konkrit',
    ),
    summary: t(
      'Drill, clean, set, torque: the four steps that decide whether an anchor holds its rated load.',
      'เจาะ ทำความสะอาด ติดตั้ง ขันแรงบิด: สี่ขั้นตอนที่ตัดสินว่าพุกจะรับน้ำหนักได้ตามพิกัดหรือไม่',
      'Bor, rens, sett, trekk til: de fire trinnene som avgjør om ankeret holder den oppgitte lasten.',
      'Gerudi, bersihkan, pasang, kilas: empat langkah yang menentukan sama ada sauh menahan beban terkadarnya.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 6,
        title: t('Drilling the hole', 'การเจาะรู', 'Boring av hullet', 'Menggerudi lubang'),
        body: t(
          '<p>Use a carbide bit of the diameter printed on the anchor and drill to the <strong>marked depth</strong> plus 10 mm. Keep the drill square to the surface.</p>',
          '<p>ใช้ดอกสว่านคาร์ไบด์ขนาดตามที่พิมพ์ไว้บนพุก และเจาะให้ลึกตาม <strong>ความลึกที่กำหนด</strong> บวกอีก 10 มม. จับสว่านให้ตั้งฉากกับพื้นผิว</p>',
          '<p>Bruk et hardmetallbor med diameteren som står på ankeret, og bor til <strong>merket dybde</strong> pluss 10 mm. Hold drillen vinkelrett på flaten.</p>',
          '<p>Gunakan mata gerudi karbida dengan diameter yang dicetak pada sauh dan gerudi hingga <strong>kedalaman bertanda</strong> ditambah 10 mm. Pastikan gerudi tegak lurus dengan permukaan.</p>',
        ),
      },
      {
        kind: 'VIDEO',
        minutes: 5,
        media: 'anchor-hole-cleaning',
        title: t('Cleaning the hole: blow, brush, blow', 'การทำความสะอาดรู: เป่า แปรง เป่า', 'Rengjøring av hullet: blås, børst, blås', 'Membersihkan lubang: tiup, berus, tiup'),
        body: VIDEO_BODY,
      },
      {
        kind: 'TEXT',
        minutes: 7,
        title: t('Setting and torquing', 'การติดตั้งและการขันแรงบิด', 'Setting og tiltrekking', 'Memasang dan mengilas'),
        body: t(
          '<p>Set the anchor with light hammer blows until the washer sits flat. Then tighten it with a <strong>torque wrench</strong> to the value in the table, never with an impact driver.</p><ul><li>M10: 45 Nm</li><li>M12: 60 Nm</li><li>M16: 110 Nm</li></ul>',
          '<p>ตอกพุกเบา ๆ ด้วยค้อนจนแหวนรองแนบสนิท จากนั้นขันด้วย <strong>ประแจวัดแรงบิด</strong> ตามค่าในตาราง ห้ามใช้ไขควงกระแทก</p><ul><li>M10: 45 นิวตันเมตร</li><li>M12: 60 นิวตันเมตร</li><li>M16: 110 นิวตันเมตร</li></ul>',
          '<p>Slå ankeret på plass med lette hammerslag til skiven ligger flatt. Trekk det deretter til med <strong>momentnøkkel</strong> til verdien i tabellen, aldri med slagtrekker.</p><ul><li>M10: 45 Nm</li><li>M12: 60 Nm</li><li>M16: 110 Nm</li></ul>',
          '<p>Pasang sauh dengan ketukan tukul yang ringan sehingga sesendal duduk rata. Kemudian ketatkan dengan <strong>sepana kilas</strong> mengikut nilai dalam jadual, jangan sekali-kali dengan pemutar hentaman.</p><ul><li>M10: 45 Nm</li><li>M12: 60 Nm</li><li>M16: 110 Nm</li></ul>',
        ),
      },
      {
        kind: 'DOCUMENT',
        minutes: 3,
        media: 'anchor-installation-checklist',
        title: t('Installation checklist (PDF)', 'รายการตรวจสอบการติดตั้ง (PDF)', 'Sjekkliste for montering (PDF)', 'Senarai semak pemasangan (PDF)'),
        body: DOCUMENT_BODY,
      },
    ],
    quiz: [
      {
        prompt: t('How deep do you drill?', 'ควรเจาะลึกเท่าใด', 'Hvor dypt borer du?', 'Berapa dalam anda menggerudi?'),
        options: [
          t('Exactly the length of the anchor', 'เท่ากับความยาวพุกพอดี', 'Nøyaktig like dypt som ankeret er langt', 'Tepat sepanjang sauh'),
          t('The marked depth plus 10 mm', 'ความลึกที่กำหนดบวก 10 มม.', 'Merket dybde pluss 10 mm', 'Kedalaman bertanda ditambah 10 mm'),
          t('As deep as the bit allows', 'ลึกเท่าที่ดอกสว่านจะเจาะได้', 'Så dypt som boret rekker', 'Sedalam yang boleh dicapai mata gerudi'),
        ],
        correct: 1,
      },
      {
        prompt: t('What is the cleaning sequence?', 'ลำดับการทำความสะอาดรูคืออะไร', 'Hva er rekkefølgen for rengjøring?', 'Apakah urutan pembersihan?'),
        options: [
          t('Brush only', 'แปรงอย่างเดียว', 'Bare børsting', 'Berus sahaja'),
          t('Blow, brush, blow', 'เป่า แปรง เป่า', 'Blås, børst, blås', 'Tiup, berus, tiup'),
          t('Rinse with water', 'ล้างด้วยน้ำ', 'Skyll med vann', 'Bilas dengan air'),
          t('No cleaning is needed', 'ไม่ต้องทำความสะอาด', 'Ingen rengjøring trengs', 'Tidak perlu dibersihkan'),
        ],
        correct: 1,
      },
      {
        prompt: t('What do you tighten the anchor with?', 'ควรขันพุกด้วยเครื่องมือใด', 'Hva trekker du til ankeret med?', 'Dengan apakah anda mengetatkan sauh?'),
        options: [
          t('An impact driver', 'ไขควงกระแทก', 'En slagtrekker', 'Pemutar hentaman'),
          t('A torque wrench', 'ประแจวัดแรงบิด', 'En momentnøkkel', 'Sepana kilas'),
          t('Pliers', 'คีม', 'En tang', 'Playar'),
        ],
        correct: 1,
      },
    ],
  },
  {
    id: 'crs_battery_care',
    topic: 'product-knowledge',
    level: 'BEGINNER',
    points: 100,
    passPct: null,
    title: t('Battery care and charging', 'การดูแลและชาร์จแบตเตอรี่', 'Stell og lading av batterier', 'Penjagaan dan pengecasan bateri'),
    summary: t(
      "Simple habits that double a battery's life, and answers to the questions customers ask most.",
      'นิสัยง่าย ๆ ที่ช่วยยืดอายุแบตเตอรี่ได้เป็นสองเท่า และคำตอบสำหรับคำถามที่ลูกค้าถามบ่อยที่สุด',
      'Enkle vaner som dobler batteriets levetid, og svar på spørsmålene kundene stiller oftest.',
      'Tabiat mudah yang menggandakan hayat bateri, dan jawapan kepada soalan yang paling kerap ditanya pelanggan.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 4,
        title: t('Heat is the enemy', 'ความร้อนคือศัตรู', 'Varme er fienden', 'Haba ialah musuh'),
        body: t(
          '<p>Lithium-ion cells age fastest when they are hot. Tell customers:</p><ul><li>not to leave batteries in a vehicle in the sun;</li><li>to let a hot battery cool down before charging;</li><li>to store batteries half-charged over long breaks.</li></ul>',
          '<p>เซลล์ลิเทียมไอออนเสื่อมเร็วที่สุดเมื่อร้อน บอกลูกค้าว่า:</p><ul><li>อย่าทิ้งแบตเตอรี่ไว้ในรถกลางแดด</li><li>ปล่อยให้แบตเตอรี่ที่ร้อนเย็นลงก่อนชาร์จ</li><li>เก็บแบตเตอรี่โดยชาร์จไว้ครึ่งหนึ่งเมื่อไม่ได้ใช้เป็นเวลานาน</li></ul>',
          '<p>Litium-ion-celler eldes raskest når de er varme. Si til kundene at de skal:</p><ul><li>ikke la batterier ligge i en bil i sola;</li><li>la et varmt batteri kjøle seg ned før lading;</li><li>lagre batteriene halvladet ved lange pauser.</li></ul>',
          '<p>Sel litium-ion paling cepat rosak apabila panas. Beritahu pelanggan supaya:</p><ul><li>tidak meninggalkan bateri di dalam kenderaan di bawah matahari;</li><li>membiarkan bateri yang panas sejuk sebelum dicas;</li><li>menyimpan bateri separuh dicas semasa rehat yang panjang.</li></ul>',
        ),
      },
      {
        kind: 'TEXT',
        minutes: 5,
        title: t('Chargers and cold weather', 'แท่นชาร์จและอากาศหนาว', 'Ladere og kaldt vær', 'Pengecas dan cuaca sejuk'),
        body: t(
          '<p>The XR18 fast charger measures the cell temperature and slows down when it needs to. Below 0 °C it waits until the pack has warmed up: that is <strong>normal</strong>, not a fault.</p>',
          '<p>แท่นชาร์จเร็ว XR18 จะวัดอุณหภูมิของเซลล์และลดความเร็วในการชาร์จเมื่อจำเป็น เมื่ออุณหภูมิต่ำกว่า 0 °C แท่นชาร์จจะรอจนแบตเตอรี่อุ่นขึ้น ซึ่งเป็นเรื่อง <strong>ปกติ</strong> ไม่ใช่ความผิดปกติ</p>',
          '<p>XR18-hurtigladeren måler celletemperaturen og lader saktere ved behov. Under 0 °C venter den til batteriet er varmet opp: det er <strong>normalt</strong>, ikke en feil.</p>',
          '<p>Pengecas pantas XR18 mengukur suhu sel dan memperlahankan pengecasan apabila perlu. Di bawah 0 °C ia menunggu sehingga bateri menjadi panas: itu <strong>perkara biasa</strong>, bukan kerosakan.</p>',
        ),
      },
    ],
    quiz: [],
  },
  {
    id: 'crs_structural_screws',
    topic: 'installation',
    level: 'ADVANCED',
    points: 250,
    passPct: 80,
    title: t(
      'Structural screws in timber construction',
      'สกรูโครงสร้างในงานก่อสร้างไม้',
      'Konstruksjonsskruer i trebygg',
      'Skru struktur dalam pembinaan kayu',
    ),
    summary: t(
      'Edge distances, pre-drilling and the right driver settings for long structural screws.',
      'ระยะห่างจากขอบ การเจาะนำ และการตั้งค่าไขควงที่ถูกต้องสำหรับสกรูโครงสร้างขนาดยาว',
      'Kantavstander, forboring og riktige innstillinger på skrutrekkeren for lange konstruksjonsskruer.',
      'Jarak tepi, penggerudian awal dan tetapan pemutar yang betul untuk skru struktur yang panjang.',
    ),
    lessons: [
      {
        kind: 'TEXT',
        minutes: 7,
        title: t('Spacing and edge distances', 'ระยะห่างและระยะจากขอบ', 'Avstander og kantavstander', 'Jarak antara skru dan jarak tepi'),
        body: t(
          '<p>Structural screws split timber when they sit too close together. Keep at least <strong>5 × d</strong> from the end grain and <strong>2.5 × d</strong> from the edge, where d is the screw diameter.</p>',
          '<p>สกรูโครงสร้างจะทำให้ไม้แตกหากขันไว้ชิดกันเกินไป เว้นระยะอย่างน้อย <strong>5 × d</strong> จากปลายไม้ และ <strong>2.5 × d</strong> จากขอบไม้ โดย d คือเส้นผ่านศูนย์กลางของสกรู</p>',
          '<p>Konstruksjonsskruer kan splitte treverket når de sitter for tett. Hold minst <strong>5 × d</strong> fra endeveden og <strong>2,5 × d</strong> fra kanten, der d er skruediameteren.</p>',
          '<p>Skru struktur membelah kayu jika dipasang terlalu rapat. Kekalkan sekurang-kurangnya <strong>5 × d</strong> dari hujung ira dan <strong>2.5 × d</strong> dari tepi, dengan d ialah diameter skru.</p>',
        ),
      },
      {
        kind: 'TEXT',
        minutes: 6,
        title: t('Driver settings', 'การตั้งค่าไขควง', 'Innstillinger på skrutrekkeren', 'Tetapan pemutar'),
        body: t(
          '<p>Use a drill driver in <strong>first gear</strong> with the clutch on drill mode, or a dedicated screw driver with torque control. Impact drivers snap long screws in hardwood.</p>',
          '<p>ใช้สว่านไขควงที่ <strong>เกียร์หนึ่ง</strong> โดยตั้งคลัตช์ไว้ที่โหมดเจาะ หรือใช้ไขควงเฉพาะงานที่ควบคุมแรงบิดได้ ไขควงกระแทกทำให้สกรูยาวหักในไม้เนื้อแข็งได้</p>',
          '<p>Bruk en drill i <strong>første gir</strong> med clutchen på boremodus, eller en egen skrutrekker med momentkontroll. Slagtrekkere knekker lange skruer i hardt treverk.</p>',
          '<p>Gunakan gerudi pemutar pada <strong>gear pertama</strong> dengan klac pada mod gerudi, atau pemutar skru khas dengan kawalan daya kilas. Pemutar hentaman boleh mematahkan skru panjang dalam kayu keras.</p>',
        ),
      },
    ],
    quiz: [
      {
        prompt: t(
          'What is the minimum distance from the end grain?',
          'ระยะห่างขั้นต่ำจากปลายไม้คือเท่าใด',
          'Hva er minste avstand fra endeveden?',
          'Berapakah jarak minimum dari hujung ira?',
        ),
        options: [t('1 × d', '1 × d', '1 × d', '1 × d'), t('2.5 × d', '2.5 × d', '2,5 × d', '2.5 × d'), t('5 × d', '5 × d', '5 × d', '5 × d')],
        correct: 2,
      },
      {
        prompt: t(
          'Which tool can snap long screws in hardwood?',
          'เครื่องมือใดอาจทำให้สกรูยาวหักในไม้เนื้อแข็ง',
          'Hvilket verktøy kan knekke lange skruer i hardt treverk?',
          'Alat manakah boleh mematahkan skru panjang dalam kayu keras?',
        ),
        options: [
          t('An impact driver', 'ไขควงกระแทก', 'En slagtrekker', 'Pemutar hentaman'),
          t('A drill driver in first gear', 'สว่านไขควงที่เกียร์หนึ่ง', 'En drill i første gir', 'Gerudi pemutar pada gear pertama'),
          t('A screw driver with torque control', 'ไขควงที่ควบคุมแรงบิดได้', 'En skrutrekker med momentkontroll', 'Pemutar skru dengan kawalan daya kilas'),
        ],
        correct: 0,
      },
    ],
  },
];

export interface WebinarDefinition {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  presenter: string;
  /** Days from now; negative = past. */
  inDays: number;
  minutes: number;
  seats: number;
  /** How many members register (a near-full one shows "few seats left"). */
  registrations: number;
  /** A past webinar has a recording unless this is false. */
  recorded?: boolean;
  /**
   * Registrants drawn from a random stream of the webinar's own instead of the seed's shared one:
   * for webinars added later, so the shared stream, and every order drawn from it after the
   * training, comes out as before.
   */
  ownStream?: boolean;
}

export const WEBINARS: WebinarDefinition[] = [
  {
    id: 'web_xr18_lineup',
    title: t('New in the XR18 range: the spring line-up', 'สินค้าใหม่ในกลุ่ม XR18: ไลน์อัปฤดูใบไม้ผลิ', 'Nytt i XR18-serien: vårens nyheter', 'Baharu dalam rangkaian XR18: barisan musim bunga'),
    description: t(
      'Product managers walk through the new tools and batteries, with launch dates and dealer prices.',
      'ผู้จัดการผลิตภัณฑ์แนะนำเครื่องมือและแบตเตอรี่รุ่นใหม่ พร้อมวันวางจำหน่ายและราคาสำหรับตัวแทนจำหน่าย',
      'Produktsjefene går gjennom de nye verktøyene og batteriene, med lanseringsdatoer og forhandlerpriser.',
      'Pengurus produk menerangkan alat dan bateri baharu, berserta tarikh pelancaran dan harga peniaga.',
    ),
    presenter: 'Kristine Holm, product manager',
    inDays: 9,
    minutes: 60,
    seats: 100,
    registrations: 23,
  },
  {
    id: 'web_anchor_clinic',
    title: t('Anchor clinic: live Q&A with our engineers', 'คลินิกพุก: ถามตอบสดกับวิศวกรของเรา', 'Ankerklinikk: still spørsmål til ingeniørene våre', 'Klinik sauh: soal jawab langsung bersama jurutera kami'),
    description: t(
      'Bring your hardest fixing questions. Small group, so everyone gets an answer.',
      'นำคำถามเรื่องงานยึดที่ยากที่สุดของคุณมาถามได้เลย กลุ่มเล็กเพื่อให้ทุกคนได้รับคำตอบ',
      'Ta med de vanskeligste festespørsmålene dine. Liten gruppe, så alle får svar.',
      'Bawa soalan pengikatan anda yang paling sukar. Kumpulan kecil supaya semua orang mendapat jawapan.',
    ),
    presenter: 'Arvid Lien, application engineer',
    inDays: 16,
    minutes: 45,
    seats: 12,
    registrations: 11,
  },
  {
    id: 'web_fleet_cases',
    title: t('Selling fleet agreements: three case studies', 'การขายสัญญาฟลีต: กรณีศึกษาสามกรณี', 'Salg av flåteavtaler: tre kundecaser', 'Menjual perjanjian armada: tiga kajian kes'),
    description: t(
      'Three partners share how they won and kept their largest fleet customers.',
      'พาร์ทเนอร์สามรายเล่าถึงวิธีที่ได้และรักษาลูกค้าฟลีตรายใหญ่ที่สุดไว้',
      'Tre partnere forteller hvordan de vant og beholdt sine største flåtekunder.',
      'Tiga rakan kongsi berkongsi cara mereka memenangi dan mengekalkan pelanggan armada terbesar mereka.',
    ),
    presenter: 'Maria Santos, channel sales director',
    inDays: 30,
    minutes: 60,
    seats: 60,
    registrations: 6,
  },
  {
    id: 'web_battery_safety',
    title: t('Battery safety and transport rules', 'ความปลอดภัยของแบตเตอรี่และกฎการขนส่ง', 'Batterisikkerhet og transportregler', 'Keselamatan bateri dan peraturan pengangkutan'),
    description: t(
      'Storage, shipping and returns of lithium-ion batteries: what the rules require of resellers.',
      'การจัดเก็บ การขนส่ง และการรับคืนแบตเตอรี่ลิเทียมไอออน: กฎระเบียบกำหนดอะไรไว้สำหรับตัวแทนจำหน่าย',
      'Lagring, forsendelse og retur av litium-ion-batterier: hva regelverket krever av forhandlere.',
      'Penyimpanan, penghantaran dan pemulangan bateri litium-ion: apa yang dikehendaki peraturan daripada penjual semula.',
    ),
    presenter: 'Nils Ekberg, compliance lead',
    inDays: -20,
    minutes: 50,
    seats: 80,
    registrations: 14,
  },
  {
    id: 'web_safety_month',
    title: t('Safety month kick-off for resellers', 'เปิดตัวเดือนแห่งความปลอดภัยสำหรับตัวแทนจำหน่าย', 'Oppstart av sikkerhetsmåneden for forhandlere', 'Pelancaran bulan keselamatan untuk penjual semula'),
    description: t(
      'Campaign material, in-store demos and the safety bundles we are promoting this year.',
      'สื่อแคมเปญ การสาธิตในร้าน และชุดสินค้าความปลอดภัยที่เราโปรโมตในปีนี้',
      'Kampanjemateriell, demonstrasjoner i butikk og sikkerhetspakkene vi satser på i år.',
      'Bahan kempen, demonstrasi di kedai dan pakej keselamatan yang kami promosikan tahun ini.',
    ),
    presenter: 'Kristine Holm, product manager',
    inDays: -62,
    minutes: 45,
    seats: 150,
    registrations: 19,
  },
  {
    id: 'web_service_workshop',
    title: t(
      'Service workshop: keeping cordless tools running',
      'เวิร์กช็อปงานบริการ: ดูแลเครื่องมือไร้สายให้พร้อมใช้งาน',
      'Serviceverksted: slik holder du batteriverktøy i gang',
      'Bengkel servis: memastikan alat tanpa wayar terus berfungsi',
    ),
    description: t(
      'Hands-on session for service desks: battery diagnostics, brush replacement and how to file a warranty repair. Kept small so everyone can ask.',
      'เซสชันลงมือปฏิบัติสำหรับฝ่ายบริการ: การตรวจวินิจฉัยแบตเตอรี่ การเปลี่ยนแปรงถ่าน และวิธียื่นเคลมซ่อมภายใต้การรับประกัน จำกัดจำนวนผู้เข้าร่วมเพื่อให้ทุกคนได้ถาม',
      'Praktisk økt for serviceavdelinger: batteridiagnose, bytte av kullbørster og hvordan du melder en garantireparasjon. Liten gruppe, så alle kan spørre.',
      'Sesi amali untuk kaunter servis: diagnostik bateri, penggantian berus karbon dan cara memfailkan pembaikan waranti. Kumpulan kecil supaya semua boleh bertanya.',
    ),
    presenter: 'Jonas Berg, service technician',
    inDays: 5,
    minutes: 40,
    seats: 10,
    // Fully booked: the demo shows "Full".
    registrations: 10,
    ownStream: true,
  },
  {
    id: 'web_price_list',
    title: t(
      'The new price list: what changes for resellers',
      'รายการราคาใหม่: อะไรเปลี่ยนไปสำหรับตัวแทนจำหน่าย',
      'Den nye prislisten: dette endres for forhandlere',
      'Senarai harga baharu: apa yang berubah untuk penjual semula',
    ),
    description: t(
      'A live walk-through of the new dealer prices and discount rules, with time for questions. Live only, not recorded.',
      'แนะนำราคาใหม่สำหรับตัวแทนจำหน่ายและกฎส่วนลดแบบสด พร้อมช่วงถามตอบ ถ่ายทอดสดเท่านั้น ไม่มีการบันทึก',
      'En direkte gjennomgang av de nye forhandlerprisene og rabattreglene, med tid til spørsmål. Kun direkte, uten opptak.',
      'Penerangan secara langsung tentang harga peniaga baharu dan peraturan diskaun, dengan masa untuk soalan. Secara langsung sahaja, tanpa rakaman.',
    ),
    presenter: 'Maria Santos, channel sales director',
    inDays: -35,
    minutes: 30,
    seats: 200,
    registrations: 12,
    recorded: false,
    ownStream: true,
  },
];

/** What the seed does for one member in one course. */
export interface CourseProgressPlan {
  memberId: string;
  courseId: string;
  /** Completed this many days ago (with a certificate and the points); otherwise in progress. */
  completedDaysAgo?: number;
  /** In progress: lessons done so far (the next one is where the member resumes). */
  lessonsDone?: number;
  /** In progress: last activity this many days ago. */
  activeDaysAgo?: number;
}

export interface TrainingSeedResult {
  courses: number;
  lessons: number;
  quizQuestions: number;
  webinars: number;
  webinarRegistrations: number;
  certificates: number;
  events: SeedEvent[];
}

export async function seedTraining(
  db: Kysely<Database>,
  options: {
    now: Date;
    rng: Random;
    program: ProgramRow;
    members: SeedMember[];
    progress: CourseProgressPlan[];
    /** Webinar registrations that must exist (the personas'), on top of the random ones. */
    registrations: { webinarId: string; memberId: string }[];
  },
): Promise<TrainingSeedResult> {
  const { now, rng, program } = options;
  const membersById = new Map(options.members.map((m) => [m.id, m]));
  let lessonCount = 0;
  let questionCount = 0;

  await db
    .insertInto('course_topics')
    .values(Object.entries(TOPICS).map(([code, name], position) => ({ code, name: JSON.stringify(name), position })))
    .execute();
  for (const [position, course] of COURSES.entries()) {
    await db
      .insertInto('courses')
      .values({
        id: course.id,
        title: JSON.stringify(course.title),
        summary: JSON.stringify(course.summary),
        topic: course.topic,
        level: course.level,
        points_reward: course.points,
        image_url: `/demo/images/courses/${course.id}.svg`,
        quiz_pass_pct: course.quiz.length > 0 ? course.passPct : null,
        position,
        created_at: addDays(now, -400 + position * 30),
      })
      .execute();
    await db
      .insertInto('lessons')
      .values(
        course.lessons.map((lesson, i) => ({
          id: lessonId(course.id, i),
          course_id: course.id,
          position: i + 1,
          title: JSON.stringify(lesson.title),
          kind: lesson.kind,
          body_html: JSON.stringify(lesson.body),
          video_url: lesson.kind === 'VIDEO' ? `/demo/media/courses/${lesson.media}.mp4` : null,
          captions: JSON.stringify(
            lesson.kind === 'VIDEO' ? CAPTION_LANGUAGES.map((language) => ({ language, url: `/demo/media/courses/${lesson.media}.${language}.vtt` })) : [],
          ),
          document_url: lesson.kind === 'DOCUMENT' ? `/demo/media/courses/${lesson.media}.pdf` : null,
          duration_minutes: lesson.minutes,
        })),
      )
      .execute();
    lessonCount += course.lessons.length;
    if (course.quiz.length > 0) {
      await db
        .insertInto('quiz_questions')
        .values(
          course.quiz.map((question, i) => {
            const id = `${course.id.replace(/^crs_/, 'qq_')}_${i + 1}`;
            const options = question.options.map((label, j) => ({ id: `${id}_${'abcd'[j]}`, label }));
            return {
              id,
              course_id: course.id,
              position: i + 1,
              prompt: JSON.stringify(question.prompt),
              options: JSON.stringify(options),
              correct_option_id: options[question.correct]!.id,
            };
          }),
        )
        .execute();
      questionCount += course.quiz.length;
    }
  }

  const events: SeedEvent[] = [];
  let certificates = 0;
  for (const plan of options.progress) {
    const course = COURSES.find((c) => c.id === plan.courseId);
    const member = membersById.get(plan.memberId);
    if (!course || !member) throw new Error(`demo seed: unknown course or member in ${plan.courseId}/${plan.memberId}`);
    const lessonIds = course.lessons.map((_, i) => lessonId(course.id, i));
    if (plan.completedDaysAgo !== undefined) {
      const completedAt = atWorkingHour(addDays(now, -plan.completedDaysAgo), rng, now);
      const certificateId = `cert_${rng.token(12)}`;
      const attempts = course.quiz.length > 0 ? rng.weighted([[1, 3], [2, 1]] as const) : 0;
      // A score the quiz can actually produce (whole questions right) that passes.
      const scores = Array.from({ length: course.quiz.length + 1 }, (_, right) => Math.round((right * 100) / course.quiz.length));
      const passing = scores.filter((s) => s >= (course.passPct ?? 0));
      await db
        .insertInto('course_progress')
        .values({
          member_id: member.id,
          course_id: course.id,
          partner_id: member.partnerId,
          completed_lesson_ids: JSON.stringify(lessonIds),
          current_lesson_id: null,
          quiz_attempts: attempts,
          best_score_pct: course.quiz.length > 0 ? rng.pick(passing) : null,
          completed_at: completedAt,
          certificate_id: certificateId,
          updated_at: completedAt,
        })
        .execute();
      await db
        .insertInto('certificates')
        .values({ id: certificateId, member_id: member.id, partner_id: member.partnerId, course_id: course.id, issued_at: completedAt })
        .execute();
      certificates++;
      events.push({
        at: completedAt,
        label: `course ${course.id} by ${member.id}`,
        run: () =>
          db
            .transaction()
            .execute((trx) => creditCourseCompletion(trx, program, { partnerId: member.partnerId, memberId: member.id }, { id: course.id, points_reward: course.points }, completedAt)),
      });
    } else {
      const done = Math.min(plan.lessonsDone ?? 1, lessonIds.length - 1);
      await db
        .insertInto('course_progress')
        .values({
          member_id: member.id,
          course_id: course.id,
          partner_id: member.partnerId,
          completed_lesson_ids: JSON.stringify(lessonIds.slice(0, done)),
          current_lesson_id: lessonIds[done]!,
          quiz_attempts: 0,
          best_score_pct: null,
          completed_at: null,
          certificate_id: null,
          updated_at: atWorkingHour(addDays(now, -(plan.activeDaysAgo ?? 2)), rng, now),
        })
        .execute();
    }
  }

  let registrationCount = 0;
  for (const webinar of WEBINARS) {
    // Webinars start on the hour at 08:00 UTC: afternoon in Bangkok and Kuala Lumpur, morning in Oslo.
    const startsAt = addDays(startOfUtcDay(now), webinar.inDays);
    startsAt.setUTCHours(8);
    await db
      .insertInto('webinars')
      .values({
        id: webinar.id,
        title: JSON.stringify(webinar.title),
        description: JSON.stringify(webinar.description),
        presenter: webinar.presenter,
        starts_at: startsAt,
        duration_minutes: webinar.minutes,
        seats: webinar.seats,
        join_url: `https://events.nordlys-tools.example/webinar/${webinar.id.replace(/^web_/, '')}`,
        recording_url: webinar.inDays < 0 && webinar.recorded !== false ? `/demo/media/webinars/${webinar.id.replace(/^web_/, '')}.mp4` : null,
      })
      .execute();
    const random = webinar.ownStream ? createRandom(`demo webinar ${webinar.id}`) : rng;
    const required = options.registrations.filter((r) => r.webinarId === webinar.id).map((r) => r.memberId);
    const others = random
      .shuffle(options.members.map((m) => m.id).filter((id) => !required.includes(id)))
      .slice(0, Math.max(0, webinar.registrations - required.length));
    const registrants = [...required, ...others].slice(0, webinar.seats);
    // Registrations come in during the four weeks before the event, never after now.
    const latest = startsAt.getTime() < now.getTime() ? startsAt : now;
    const rows = registrants.map((memberId) => ({
      webinar_id: webinar.id,
      member_id: memberId,
      partner_id: membersById.get(memberId)!.partnerId,
      created_at: new Date(latest.getTime() - random.int(1, 28 * 24) * 3_600_000),
    }));
    if (rows.length > 0) await db.insertInto('webinar_registrations').values(rows).execute();
    registrationCount += rows.length;
  }

  return {
    courses: COURSES.length,
    lessons: lessonCount,
    quizQuestions: questionCount,
    webinars: WEBINARS.length,
    webinarRegistrations: registrationCount,
    certificates,
    events,
  };
}

export function lessonId(courseId: string, index: number): string {
  return `${courseId.replace(/^crs_/, 'les_')}_${index + 1}`;
}

function startOfUtcDay(date: Date): Date {
  const d = new Date(date.getTime());
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

/**
 * Some time between 01:00 and 10:59 UTC that day (office hours somewhere among the partners),
 * never after `now`.
 */
function atWorkingHour(day: Date, rng: Random, now: Date): Date {
  const d = startOfUtcDay(day);
  d.setUTCHours(rng.int(1, 10), rng.int(0, 59), rng.int(0, 59));
  return d.getTime() < now.getTime() ? d : new Date(now.getTime() - rng.int(5, 60) * 60_000);
}
