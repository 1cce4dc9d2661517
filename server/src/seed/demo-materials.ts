import type { Kysely } from 'kysely';
import type { Database, LocalizedText, MaterialType } from '../store/tables.js';
import { addDays } from '../domain/time.js';
import type { Random } from './random.js';
import type { SeedMember } from './demo.js';
import { t } from './text.js';

/**
 * The demo's marketing library. Each asset exists in one or more languages (a Thai catalogue is
 * its own file); titles and descriptions are localized so any partner can browse the library.
 * Product lines use the same slugs as the order product groups, plus `brand` for logos.
 */


export type Language = 'en' | 'th' | 'nb' | 'ms';

export interface AssetDefinition {
  slug: string;
  type: MaterialType;
  productLine: 'power-tools' | 'hand-tools' | 'fasteners' | 'safety' | 'accessories' | 'brand';
  languages: Language[];
  /** Days before now that the first language version was published. */
  publishedDaysAgo: number;
  title: LocalizedText;
  description: LocalizedText;
}

export const FORMATS: Record<MaterialType, { format: string; ext: string; minMb: number; maxMb: number; preview: [number, number] }> = {
  CATALOG: { format: 'PDF', ext: 'pdf', minMb: 14, maxMb: 32, preview: [480, 640] },
  BROCHURE: { format: 'PDF', ext: 'pdf', minMb: 2, maxMb: 7, preview: [480, 640] },
  POS: { format: 'PDF', ext: 'pdf', minMb: 8, maxMb: 45, preview: [480, 640] },
  BANNER: { format: 'ZIP', ext: 'zip', minMb: 3, maxMb: 12, preview: [1200, 628] },
  LOGO: { format: 'ZIP', ext: 'zip', minMb: 1, maxMb: 5, preview: [640, 360] },
  VIDEO: { format: 'MP4', ext: 'mp4', minMb: 60, maxMb: 240, preview: [1280, 720] },
};

export const ASSETS: AssetDefinition[] = [
  {
    slug: 'xr18-catalogue',
    type: 'CATALOG',
    productLine: 'power-tools',
    languages: ['en', 'th', 'nb', 'ms'],
    publishedDaysAgo: 140,
    title: t('XR18 cordless catalogue', 'แคตตาล็อกเครื่องมือไร้สาย XR18', 'XR18-katalog for batteriverktøy', 'Katalog alat tanpa wayar XR18'),
    description: t(
      'The complete XR18 range with specifications, kits and battery compatibility.',
      'เครื่องมือ XR18 ครบทุกรุ่น พร้อมข้อมูลจำเพาะ ชุดเครื่องมือ และความเข้ากันได้ของแบตเตอรี่',
      'Hele XR18-serien med spesifikasjoner, sett og batterikompatibilitet.',
      'Rangkaian lengkap XR18 dengan spesifikasi, kit dan keserasian bateri.',
    ),
  },
  {
    slug: 'fasteners-catalogue',
    type: 'CATALOG',
    productLine: 'fasteners',
    languages: ['en', 'th', 'ms'],
    publishedDaysAgo: 210,
    title: t('Fasteners and anchors catalogue', 'แคตตาล็อกอุปกรณ์ยึดและพุก', 'Katalog for festemidler og ankere', 'Katalog pengikat dan sauh'),
    description: t(
      'Screws, anchors and fixings with load tables and approvals.',
      'สกรู พุก และอุปกรณ์ยึด พร้อมตารางรับน้ำหนักและการรับรองมาตรฐาน',
      'Skruer, ankere og festemidler med lasttabeller og godkjenninger.',
      'Skru, sauh dan pengikat dengan jadual beban dan kelulusan.',
    ),
  },
  {
    slug: 'hand-tools-price-list',
    type: 'CATALOG',
    productLine: 'hand-tools',
    languages: ['en', 'nb'],
    publishedDaysAgo: 45,
    title: t('Hand tools price list', 'รายการราคาเครื่องมือช่าง', 'Prisliste for håndverktøy', 'Senarai harga alat tangan'),
    description: t(
      'Recommended retail prices for hammers, measuring tools and hand saws.',
      'ราคาขายปลีกแนะนำสำหรับค้อน เครื่องมือวัด และเลื่อยมือ',
      'Veiledende utsalgspriser for hammere, måleverktøy og håndsager.',
      'Harga runcit yang disyorkan untuk tukul, alat pengukur dan gergaji tangan.',
    ),
  },
  {
    slug: 'sds-plus-brochure',
    type: 'BROCHURE',
    productLine: 'power-tools',
    languages: ['en', 'nb', 'th', 'ms'],
    publishedDaysAgo: 95,
    title: t('SDS-plus rotary hammers', 'สว่านโรตารี่ SDS-plus', 'SDS-plus borhammere', 'Tukul putar SDS-plus'),
    description: t(
      'A four-page brochure comparing the three XR18 rotary hammers.',
      'โบรชัวร์สี่หน้าเปรียบเทียบสว่านโรตารี่ XR18 ทั้งสามรุ่น',
      'En firesiders brosjyre som sammenligner de tre XR18-borhammerne.',
      'Risalah empat halaman yang membandingkan tiga tukul putar XR18.',
    ),
  },
  {
    slug: 'dust-free-brochure',
    type: 'BROCHURE',
    productLine: 'safety',
    languages: ['en', 'th', 'ms'],
    publishedDaysAgo: 260,
    title: t('The dust-free jobsite', 'ไซต์งานปลอดฝุ่น', 'Den støvfrie byggeplassen', 'Tapak kerja bebas habuk'),
    description: t(
      'Extraction, vacuums and masks explained for customers, with a product overview.',
      'อธิบายระบบดูดฝุ่น เครื่องดูดฝุ่น และหน้ากากสำหรับลูกค้า พร้อมภาพรวมสินค้า',
      'Avsug, støvsugere og masker forklart for kundene, med produktoversikt.',
      'Pengekstrakan, pembersih vakum dan topeng diterangkan untuk pelanggan, dengan gambaran keseluruhan produk.',
    ),
  },
  {
    slug: 'bits-blades-guide',
    type: 'BROCHURE',
    productLine: 'accessories',
    languages: ['en', 'nb'],
    publishedDaysAgo: 330,
    title: t('Bits and blades: quick guide', 'ดอกสว่านและใบเลื่อย: คู่มือฉบับย่อ', 'Bits og blader: hurtigguide', 'Mata gerudi dan bilah: panduan ringkas'),
    description: t(
      'Which bit or blade for which material, on one folded sheet.',
      'ดอกสว่านหรือใบเลื่อยแบบใดเหมาะกับวัสดุใด สรุปไว้ในแผ่นพับแผ่นเดียว',
      'Hvilket bits eller blad til hvilket materiale, på ett brettet ark.',
      'Mata gerudi atau bilah mana untuk bahan mana, dalam satu helaian berlipat.',
    ),
  },
  {
    slug: 'xr18-counter-display',
    type: 'POS',
    productLine: 'power-tools',
    languages: ['en', 'th'],
    publishedDaysAgo: 75,
    title: t('Counter display header: XR18', 'ป้ายหัวชั้นวางหน้าเคาน์เตอร์: XR18', 'Toppskilt til diskdisplay: XR18', 'Kepala paparan kaunter: XR18'),
    description: t(
      'Print-ready artwork for the XR18 counter display, with bleed and cut marks.',
      'ไฟล์อาร์ตเวิร์กพร้อมพิมพ์สำหรับชั้นวางหน้าเคาน์เตอร์ XR18 พร้อมระยะตัดตก',
      'Trykklar original til XR18-diskdisplayet, med utfallende og skjæremerker.',
      'Karya seni sedia cetak untuk paparan kaunter XR18, dengan lebihan cetak dan tanda potong.',
    ),
  },
  {
    slug: 'anchor-shelf-talkers',
    type: 'POS',
    productLine: 'fasteners',
    languages: ['en', 'nb', 'ms'],
    publishedDaysAgo: 180,
    title: t('Shelf talkers: anchors and screws', 'ป้ายติดชั้นวาง: พุกและสกรู', 'Hyllevippere: ankere og skruer', 'Label rak: sauh dan skru'),
    description: t(
      'Twelve shelf talkers that help customers pick the right anchor without asking.',
      'ป้ายติดชั้นวางสิบสองแบบ ช่วยให้ลูกค้าเลือกพุกได้ถูกต้องโดยไม่ต้องถาม',
      'Tolv hyllevippere som hjelper kundene å velge riktig anker uten å spørre.',
      'Dua belas label rak yang membantu pelanggan memilih sauh yang betul tanpa perlu bertanya.',
    ),
  },
  {
    slug: 'safety-month-poster',
    type: 'POS',
    productLine: 'safety',
    languages: ['en', 'th'],
    publishedDaysAgo: 64,
    title: t('Safety month floor poster', 'โปสเตอร์ตั้งพื้นเดือนแห่งความปลอดภัย', 'Gulvplakat for sikkerhetsmåneden', 'Poster lantai bulan keselamatan'),
    description: t(
      'A0 poster for the in-store safety campaign, with space for your own prices.',
      'โปสเตอร์ขนาด A0 สำหรับแคมเปญความปลอดภัยในร้าน มีพื้นที่ให้ใส่ราคาของคุณเอง',
      'A0-plakat til sikkerhetskampanjen i butikk, med plass til egne priser.',
      'Poster A0 untuk kempen keselamatan di kedai, dengan ruang untuk harga anda sendiri.',
    ),
  },
  {
    slug: 'fastener-points-banners',
    type: 'BANNER',
    productLine: 'fasteners',
    languages: ['en', 'th', 'nb', 'ms'],
    publishedDaysAgo: 10,
    title: t('Web banners: double points on fasteners', 'แบนเนอร์เว็บ: คะแนนสองเท่าสำหรับอุปกรณ์ยึด', 'Nettbannere: dobbel poeng på festemidler', 'Sepanduk web: mata berganda untuk pengikat'),
    description: t(
      'Banners in six sizes for your web shop and newsletter during the campaign.',
      'แบนเนอร์หกขนาดสำหรับร้านค้าออนไลน์และจดหมายข่าวของคุณในช่วงแคมเปญ',
      'Bannere i seks størrelser til nettbutikken og nyhetsbrevet i kampanjeperioden.',
      'Sepanduk dalam enam saiz untuk kedai web dan surat berita anda sepanjang kempen.',
    ),
  },
  {
    slug: 'hammer-drill-social-kit',
    type: 'BANNER',
    productLine: 'power-tools',
    languages: ['en', 'nb'],
    publishedDaysAgo: 5,
    title: t('Social media kit: XR18 hammer drill launch', 'ชุดสื่อโซเชียล: เปิดตัวสว่านกระแทก XR18', 'Pakke for sosiale medier: lansering av XR18 slagdrill', 'Kit media sosial: pelancaran gerudi hentaman XR18'),
    description: t(
      'Square and story formats with suggested post texts.',
      'ภาพขนาดจัตุรัสและขนาดสตอรี่ พร้อมตัวอย่างข้อความสำหรับโพสต์',
      'Kvadratiske bilder og story-formater med forslag til tekst.',
      'Format segi empat dan cerita dengan cadangan teks hantaran.',
    ),
  },
  {
    slug: 'nordlys-logo-pack',
    type: 'LOGO',
    productLine: 'brand',
    languages: ['en'],
    publishedDaysAgo: 500,
    title: t('Nordlys logo pack', 'ชุดโลโก้ Nordlys', 'Nordlys logopakke', 'Pek logo Nordlys'),
    description: t(
      'The Nordlys logo in colour, black and white, as SVG, EPS and PNG, with usage rules.',
      'โลโก้ Nordlys แบบสี ขาวดำ ในรูปแบบ SVG, EPS และ PNG พร้อมข้อกำหนดการใช้งาน',
      'Nordlys-logoen i farger og svart-hvitt som SVG, EPS og PNG, med bruksregler.',
      'Logo Nordlys dalam warna serta hitam putih, sebagai SVG, EPS dan PNG, dengan peraturan penggunaan.',
    ),
  },
  {
    slug: 'authorised-reseller-badge',
    type: 'LOGO',
    productLine: 'brand',
    languages: ['en', 'th', 'nb', 'ms'],
    publishedDaysAgo: 380,
    title: t('Authorised reseller badge', 'ตราตัวแทนจำหน่ายที่ได้รับอนุญาต', 'Merke for autorisert forhandler', 'Lencana penjual semula sah'),
    description: t(
      'Show customers that you are an authorised Nordlys reseller: for shop windows, vans and websites.',
      'แสดงให้ลูกค้าเห็นว่าคุณเป็นตัวแทนจำหน่าย Nordlys ที่ได้รับอนุญาต ใช้กับหน้าร้าน รถ และเว็บไซต์',
      'Vis kundene at du er autorisert Nordlys-forhandler: til butikkvinduer, varebiler og nettsider.',
      'Tunjukkan kepada pelanggan bahawa anda penjual semula Nordlys yang sah: untuk tingkap kedai, van dan laman web.',
    ),
  },
  {
    slug: 'hammer-drill-video',
    type: 'VIDEO',
    productLine: 'power-tools',
    languages: ['en', 'th'],
    publishedDaysAgo: 22,
    title: t('Product video: XR18 hammer drill', 'วิดีโอสินค้า: สว่านกระแทก XR18', 'Produktvideo: XR18 slagdrill', 'Video produk: gerudi hentaman XR18'),
    description: t(
      'Ninety seconds for screens in the shop and for your website.',
      'วิดีโอความยาวเก้าสิบวินาทีสำหรับจอในร้านและเว็บไซต์ของคุณ',
      'Nitti sekunder til skjermer i butikken og til nettsiden din.',
      'Sembilan puluh saat untuk skrin di kedai dan untuk laman web anda.',
    ),
  },
  {
    slug: 'wedge-anchor-howto',
    type: 'VIDEO',
    productLine: 'fasteners',
    languages: ['en', 'ms', 'nb'],
    publishedDaysAgo: 150,
    title: t('How to install wedge anchors', 'วิธีติดตั้งพุกเวดจ์', 'Slik monterer du ekspansjonsankere', 'Cara memasang sauh baji'),
    description: t(
      'A step-by-step installation video to share with your customers.',
      'วิดีโอสอนติดตั้งทีละขั้นตอนสำหรับแชร์ให้ลูกค้าของคุณ',
      'En monteringsvideo trinn for trinn som du kan dele med kundene.',
      'Video pemasangan langkah demi langkah untuk dikongsi dengan pelanggan anda.',
    ),
  },
  {
    slug: 'framing-hammer-video',
    type: 'VIDEO',
    productLine: 'hand-tools',
    languages: ['en'],
    publishedDaysAgo: 300,
    title: t('The framing hammer in slow motion', 'ค้อนงานโครงสร้างแบบสโลว์โมชัน', 'Snekkerhammeren i sakte film', 'Tukul rangka dalam gerak perlahan'),
    description: t(
      'What the anti-vibration grip does, filmed at 1,000 frames per second.',
      'ด้ามจับลดแรงสั่นสะเทือนทำงานอย่างไร ถ่ายด้วยความเร็ว 1,000 เฟรมต่อวินาที',
      'Hva det vibrasjonsdempende grepet gjør, filmet med 1 000 bilder i sekundet.',
      'Apa yang dilakukan oleh pemegang anti-getaran, dirakam pada 1,000 bingkai sesaat.',
    ),
  },
];

/** How often a language version is downloaded relative to the English one. */
const LANGUAGE_DEMAND: Record<Language, number> = { en: 1, th: 0.8, nb: 0.5, ms: 0.6 };

export async function seedMaterials(
  db: Kysely<Database>,
  options: { now: Date; rng: Random; members: SeedMember[] },
): Promise<{ materials: number; materialDownloads: number }> {
  const { now, rng, members } = options;
  const materials = [];
  const downloads = [];
  for (const asset of ASSETS) {
    const spec = FORMATS[asset.type];
    for (const [i, language] of asset.languages.entries()) {
      const id = `mat_${asset.slug.replace(/-/g, '_')}_${language}`;
      // Translations follow the original by a few days, but never into the future.
      const publishedDaysAgo = Math.max(1, asset.publishedDaysAgo - (i === 0 ? 0 : rng.int(1, 4)));
      const publishedAt = addDays(now, -publishedDaysAgo);
      publishedAt.setUTCHours(rng.int(6, 9), 0, 0, 0);
      if (publishedAt.getTime() > now.getTime()) publishedAt.setTime(now.getTime() - 3_600_000);
      // Recent downloads are recorded one by one; older ones only survive in the counter.
      const recent = rng.int(0, Math.min(6, Math.ceil(publishedDaysAgo / 5)));
      const downloaders = rng.sample(members, recent);
      const since = Math.max(publishedAt.getTime(), addDays(now, -60).getTime());
      for (const member of downloaders) {
        downloads.push({
          material_id: id,
          member_id: member.id,
          partner_id: member.partnerId,
          at: new Date(since + Math.floor(rng.next() * (now.getTime() - since))),
        });
      }
      const historical = Math.round(rng.float(0.2, 0.9) * Math.max(0, publishedDaysAgo - 30) * LANGUAGE_DEMAND[language]);
      materials.push({
        id,
        title: JSON.stringify(asset.title),
        description: JSON.stringify(asset.description),
        type: asset.type,
        product_line: asset.productLine,
        language,
        format: spec.format,
        file_size_bytes: rng.int(spec.minMb * 1_000_000, spec.maxMb * 1_000_000),
        file_url: `/demo/materials/${asset.slug}.${language}.${spec.ext}`,
        preview_url: `/demo/images/materials/${asset.slug}.svg`,
        preview_width: spec.preview[0],
        preview_height: spec.preview[1],
        published_at: publishedAt,
        download_count: historical + downloaders.length,
      });
    }
  }
  await db.insertInto('materials').values(materials).execute();
  downloads.sort((a, b) => a.at.getTime() - b.at.getTime());
  if (downloads.length > 0) await db.insertInto('material_downloads').values(downloads).execute();
  return { materials: materials.length, materialDownloads: downloads.length };
}
