import type { IndonesianTimeZone } from '../data/vocabularyCodes';
import type { UnitType } from '../model/unit';

/**
 * One operating Polda (Kepolisian Daerah) with the names news uses for it. It has the fields of a
 * read-only `Unit` (kind `polda`, parent `mabes-polri`), so the list can be passed to `createUnitRegistry`.
 *
 * @example
 * ```ts
 * const entry: PoldaRecord = POLDA[7];
 * entry.id
 * //=> 'polda-sumsel'
 * ```
 * @category Units
 */
export interface PoldaRecord {
  /** Slug `polda-<abbreviation>`, e.g. `'polda-sumsel'`, `'polda-metro-jaya'`. */
  readonly id: string;
  /** Always `'polda'`. */
  readonly kind: 'polda';
  /** Canonical short name as news writes it, e.g. `'Polda Sumsel'`. */
  readonly name: string;
  /** Official name, "Kepolisian Daerah <Provinsi>" (Polda Metro Jaya: "Kepolisian Daerah Metropolitan Jakarta Raya"). */
  readonly officialName: string;
  /** Other whole names news uses for the unit, e.g. `['Poldasu']`, `['PMJ']`; may be empty. */
  readonly shortNames: readonly string[];
  /** Region abbreviations written after "Polda", e.g. `['Sumsel']`; may be empty. */
  readonly abbreviations: readonly string[];
  /** Obsolete names still found in old data, e.g. `['Polda NAD']`. */
  readonly formerNames: readonly string[];
  /** Always `'mabes-polri'`. */
  readonly parentId: 'mabes-polri';
  /** Province the Polda is named after, with its Kemendagri code. */
  readonly area: { readonly level: 'province'; readonly name: string; readonly code: string };
  /** Province name as the Polda list writes it (`Sumatera Selatan`, `DKI Jakarta`). */
  readonly provinceName: string;
  /** Codes of every province the Polda covers (Polda Papua still covers Papua Selatan and Papua Pegunungan). */
  readonly provinceCodes: readonly string[];
  /** City of the headquarters (Mapolda). */
  readonly headquarters: string;
  /** Polda class per Perpol 14/2018: `A-K` (Metro Jaya only), `A`, `B`. */
  readonly type: Extract<UnitType, 'A-K' | 'A' | 'B'>;
  /** `true` where no source confirms the type (Papua Tengah and Papua Barat Daya are inferred B). */
  readonly typeUnconfirmed: boolean;
  /** IANA time zone of the headquarters' province. */
  readonly timeZone: IndonesianTimeZone;
  /** Notes from the sources: upgrade history, coverage caveats, UNCONFIRMED marks. */
  readonly note?: string;
}

const polda = (
  id: string,
  name: string,
  officialName: string,
  code: string,
  area: string,
  provinceName: string,
  headquarters: string,
  type: 'A-K' | 'A' | 'B',
  timeZone: IndonesianTimeZone,
  extra: Partial<
    Pick<PoldaRecord, 'shortNames' | 'abbreviations' | 'formerNames' | 'note' | 'typeUnconfirmed' | 'provinceCodes'>
  > = {},
): PoldaRecord => ({
  id,
  kind: 'polda',
  name,
  officialName,
  shortNames: extra.shortNames ?? [],
  abbreviations: extra.abbreviations ?? [],
  formerNames: extra.formerNames ?? [],
  parentId: 'mabes-polri',
  area: { level: 'province', name: area, code },
  provinceName,
  provinceCodes: extra.provinceCodes ?? [code],
  headquarters,
  type,
  typeUnconfirmed: extra.typeUnconfirmed ?? false,
  timeZone,
  ...(extra.note === undefined ? {} : { note: extra.note }),
});

const WIB = 'Asia/Jakarta';
const PONTIANAK = 'Asia/Pontianak';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

/**
 * The 36 operating Polda as of December 2025 (domain notes `polri.md` §4, sources S24, S28–S33,
 * S72–S87), in the order of that list. All 34 legacy Polda are type A since 22 Apr 2020 (Metro Jaya
 * A-K); Papua Tengah and Papua Barat Daya are inferred type B (**UNCONFIRMED**, `typeUnconfirmed`).
 * Papua Selatan and Papua Pegunungan have no Polda yet and are covered by Polda Papua (Jan 2025).
 * Time zones are IANA (Keppres 41/1987 zones; Kalbar and Kalteng are `Asia/Pontianak`).
 *
 * @example
 * ```ts
 * POLDA.length
 * //=> 36
 * POLDA.find((p) => p.id === 'polda-kalbar')?.timeZone
 * //=> 'Asia/Pontianak'
 * ```
 * @category Units
 */
// Built in a /* @__PURE__ */ call: the rows are calls of the `polda` helper, which bundlers would
// otherwise keep for every import of the package (the built entry is one file; see .size-limit.cjs).
export const POLDA = /* @__PURE__ */ (() =>
  [
    polda('polda-aceh', 'Polda Aceh', 'Kepolisian Daerah Aceh', '11', 'Aceh', 'Aceh', 'Banda Aceh', 'A', WIB, {
      formerNames: ['Polda NAD'],
    }),
    polda(
      'polda-sumut',
      'Polda Sumut',
      'Kepolisian Daerah Sumatera Utara',
      '12',
      'Sumatera Utara',
      'Sumatera Utara',
      'Medan',
      'A',
      WIB,
      {
        shortNames: ['Poldasu'],
        abbreviations: ['Sumut'],
      },
    ),
    polda(
      'polda-sumbar',
      'Polda Sumbar',
      'Kepolisian Daerah Sumatera Barat',
      '13',
      'Sumatera Barat',
      'Sumatera Barat',
      'Padang',
      'A',
      WIB,
      {
        abbreviations: ['Sumbar'],
        note: 'Type A since 2017.',
      },
    ),
    polda('polda-riau', 'Polda Riau', 'Kepolisian Daerah Riau', '14', 'Riau', 'Riau', 'Pekanbaru', 'A', WIB, {
      note: 'Type A since the Tito era (2016-19).',
    }),
    polda(
      'polda-kepri',
      'Polda Kepri',
      'Kepolisian Daerah Kepulauan Riau',
      '21',
      'Kepulauan Riau',
      'Kepulauan Riau',
      'Batam',
      'A',
      WIB,
      {
        abbreviations: ['Kepri'],
        note: 'Type A since the Tito era (2016-19).',
      },
    ),
    polda('polda-jambi', 'Polda Jambi', 'Kepolisian Daerah Jambi', '15', 'Jambi', 'Jambi', 'Jambi', 'A', WIB, {
      note: 'Type A since 2018.',
    }),
    polda(
      'polda-bengkulu',
      'Polda Bengkulu',
      'Kepolisian Daerah Bengkulu',
      '17',
      'Bengkulu',
      'Bengkulu',
      'Bengkulu',
      'A',
      WIB,
      {
        note: 'Type A; upgrade date UNCONFIRMED.',
      },
    ),
    polda(
      'polda-sumsel',
      'Polda Sumsel',
      'Kepolisian Daerah Sumatera Selatan',
      '16',
      'Sumatera Selatan',
      'Sumatera Selatan',
      'Palembang',
      'A',
      WIB,
      {
        abbreviations: ['Sumsel'],
      },
    ),
    polda(
      'polda-babel',
      'Polda Babel',
      'Kepolisian Daerah Kepulauan Bangka Belitung',
      '19',
      'Kepulauan Bangka Belitung',
      'Kep. Bangka Belitung',
      'Pangkal Pinang',
      'A',
      WIB,
      {
        abbreviations: ['Babel'],
        note: 'Type A since 2020.',
      },
    ),
    polda(
      'polda-lampung',
      'Polda Lampung',
      'Kepolisian Daerah Lampung',
      '18',
      'Lampung',
      'Lampung',
      'Bandar Lampung',
      'A',
      WIB,
      {
        note: 'Type A since the Tito era (2016-19).',
      },
    ),
    polda('polda-banten', 'Polda Banten', 'Kepolisian Daerah Banten', '36', 'Banten', 'Banten', 'Serang', 'A', WIB, {
      note: 'Type A since Nov 2018.',
    }),
    polda(
      'polda-metro-jaya',
      'Polda Metro Jaya',
      'Kepolisian Daerah Metropolitan Jakarta Raya',
      '31',
      'Daerah Khusus Ibukota Jakarta',
      'DKI Jakarta',
      'Jakarta Selatan',
      'A-K',
      WIB,
      {
        shortNames: ['PMJ'],
        abbreviations: ['DKI'],
        note: 'Covers DKI Jakarta plus the Depok, Bekasi and Tangerang areas outside DKI; its units carry "Metro" (Polres Metro …). Type A-K ("A+").',
      },
    ),
    polda(
      'polda-jabar',
      'Polda Jabar',
      'Kepolisian Daerah Jawa Barat',
      '32',
      'Jawa Barat',
      'Jawa Barat',
      'Bandung',
      'A',
      WIB,
      {
        abbreviations: ['Jabar'],
      },
    ),
    polda(
      'polda-jateng',
      'Polda Jateng',
      'Kepolisian Daerah Jawa Tengah',
      '33',
      'Jawa Tengah',
      'Jawa Tengah',
      'Semarang',
      'A',
      WIB,
      {
        abbreviations: ['Jateng'],
      },
    ),
    polda(
      'polda-diy',
      'Polda DIY',
      'Kepolisian Daerah Daerah Istimewa Yogyakarta',
      '34',
      'Daerah Istimewa Yogyakarta',
      'DI Yogyakarta',
      'Yogyakarta (Condong Catur)',
      'A',
      WIB,
      {
        abbreviations: ['DIY'],
        note: 'Type A since Nov 2018. Official name pattern "Kepolisian Daerah <Provinsi>" applied; exact official wording UNCONFIRMED.',
      },
    ),
    polda(
      'polda-jatim',
      'Polda Jatim',
      'Kepolisian Daerah Jawa Timur',
      '35',
      'Jawa Timur',
      'Jawa Timur',
      'Surabaya',
      'A',
      WIB,
      {
        abbreviations: ['Jatim'],
      },
    ),
    polda('polda-bali', 'Polda Bali', 'Kepolisian Daerah Bali', '51', 'Bali', 'Bali', 'Denpasar', 'A', WITA),
    polda(
      'polda-ntb',
      'Polda NTB',
      'Kepolisian Daerah Nusa Tenggara Barat',
      '52',
      'Nusa Tenggara Barat',
      'Nusa Tenggara Barat',
      'Mataram',
      'A',
      WITA,
      {
        abbreviations: ['NTB'],
        note: 'Type A since 2018.',
      },
    ),
    polda(
      'polda-ntt',
      'Polda NTT',
      'Kepolisian Daerah Nusa Tenggara Timur',
      '53',
      'Nusa Tenggara Timur',
      'Nusa Tenggara Timur',
      'Kupang',
      'A',
      WITA,
      {
        abbreviations: ['NTT'],
        note: 'Type A since 2017.',
      },
    ),
    polda(
      'polda-kalbar',
      'Polda Kalbar',
      'Kepolisian Daerah Kalimantan Barat',
      '61',
      'Kalimantan Barat',
      'Kalimantan Barat',
      'Pontianak',
      'A',
      PONTIANAK,
      {
        abbreviations: ['Kalbar'],
        note: 'Type A since 2016. WIB, IANA Asia/Pontianak.',
      },
    ),
    polda(
      'polda-kalteng',
      'Polda Kalteng',
      'Kepolisian Daerah Kalimantan Tengah',
      '62',
      'Kalimantan Tengah',
      'Kalimantan Tengah',
      'Palangka Raya',
      'A',
      PONTIANAK,
      {
        abbreviations: ['Kalteng'],
        note: 'Type A since 2018. WIB, IANA Asia/Pontianak.',
      },
    ),
    polda(
      'polda-kalsel',
      'Polda Kalsel',
      'Kepolisian Daerah Kalimantan Selatan',
      '63',
      'Kalimantan Selatan',
      'Kalimantan Selatan',
      'Banjarmasin',
      'A',
      WITA,
      {
        abbreviations: ['Kalsel'],
        note: 'Type A since 2018.',
      },
    ),
    polda(
      'polda-kaltim',
      'Polda Kaltim',
      'Kepolisian Daerah Kalimantan Timur',
      '64',
      'Kalimantan Timur',
      'Kalimantan Timur',
      'Balikpapan',
      'A',
      WITA,
      {
        abbreviations: ['Kaltim'],
      },
    ),
    polda(
      'polda-kaltara',
      'Polda Kaltara',
      'Kepolisian Daerah Kalimantan Utara',
      '65',
      'Kalimantan Utara',
      'Kalimantan Utara',
      'Tanjung Selor',
      'A',
      WITA,
      {
        abbreviations: ['Kaltara'],
        note: 'Founded 9 Jan 2018 as type B; type A since 2020.',
      },
    ),
    polda(
      'polda-sulut',
      'Polda Sulut',
      'Kepolisian Daerah Sulawesi Utara',
      '71',
      'Sulawesi Utara',
      'Sulawesi Utara',
      'Manado',
      'A',
      WITA,
      {
        abbreviations: ['Sulut'],
        note: 'Type A since 2016.',
      },
    ),
    polda(
      'polda-gorontalo',
      'Polda Gorontalo',
      'Kepolisian Daerah Gorontalo',
      '75',
      'Gorontalo',
      'Gorontalo',
      'Gorontalo',
      'A',
      WITA,
      {
        note: 'Type A since 2020.',
      },
    ),
    polda(
      'polda-sulteng',
      'Polda Sulteng',
      'Kepolisian Daerah Sulawesi Tengah',
      '72',
      'Sulawesi Tengah',
      'Sulawesi Tengah',
      'Palu',
      'A',
      WITA,
      {
        abbreviations: ['Sulteng'],
        note: 'Type A; Kapolda was Brigjen in Jan 2018 (likely type B then); upgrade date UNCONFIRMED.',
      },
    ),
    polda(
      'polda-sulbar',
      'Polda Sulbar',
      'Kepolisian Daerah Sulawesi Barat',
      '76',
      'Sulawesi Barat',
      'Sulawesi Barat',
      'Mamuju',
      'A',
      WITA,
      {
        abbreviations: ['Sulbar'],
        note: 'Type A since 2020. Headquarters Mamuju UNCONFIRMED.',
      },
    ),
    polda(
      'polda-sulsel',
      'Polda Sulsel',
      'Kepolisian Daerah Sulawesi Selatan',
      '73',
      'Sulawesi Selatan',
      'Sulawesi Selatan',
      'Makassar',
      'A',
      WITA,
      {
        abbreviations: ['Sulsel'],
        formerNames: ['Polda Sulselbar'],
      },
    ),
    polda(
      'polda-sultra',
      'Polda Sultra',
      'Kepolisian Daerah Sulawesi Tenggara',
      '74',
      'Sulawesi Tenggara',
      'Sulawesi Tenggara',
      'Kendari',
      'A',
      WITA,
      {
        abbreviations: ['Sultra'],
        note: 'Type A since 2020.',
      },
    ),
    polda('polda-maluku', 'Polda Maluku', 'Kepolisian Daerah Maluku', '81', 'Maluku', 'Maluku', 'Ambon', 'A', WIT, {
      note: 'Type A since 2017.',
    }),
    polda(
      'polda-malut',
      'Polda Malut',
      'Kepolisian Daerah Maluku Utara',
      '82',
      'Maluku Utara',
      'Maluku Utara',
      'Ternate',
      'A',
      WIT,
      {
        abbreviations: ['Malut'],
        note: 'Type A since 2020.',
      },
    ),
    polda('polda-papua', 'Polda Papua', 'Kepolisian Daerah Papua', '91', 'Papua', 'Papua', 'Jayapura', 'A', WIT, {
      provinceCodes: ['91', '93', '95'],
      note: 'Still covers Papua Selatan and Papua Pegunungan, which had no Polda of their own as of Jan 2025 (status in 2026 UNCONFIRMED).',
    }),
    polda(
      'polda-papua-barat',
      'Polda Papua Barat',
      'Kepolisian Daerah Papua Barat',
      '92',
      'Papua Barat',
      'Papua Barat',
      'Manokwari',
      'A',
      WIT,
      {
        shortNames: ['Polda PB'],
        abbreviations: ['PB'],
        note: 'Founded 19 Dec 2014; type A since 2020.',
      },
    ),
    polda(
      'polda-papua-tengah',
      'Polda Papua Tengah',
      'Kepolisian Daerah Papua Tengah',
      '94',
      'Papua Tengah',
      'Papua Tengah',
      'Nabire',
      'B',
      WIT,
      {
        typeUnconfirmed: true,
        note: 'Type B inferred from a Brigjen Kapolda and a Kombes Wakapolda — UNCONFIRMED.',
      },
    ),
    polda(
      'polda-papua-barat-daya',
      'Polda Papua Barat Daya',
      'Kepolisian Daerah Papua Barat Daya',
      '96',
      'Papua Barat Daya',
      'Papua Barat Daya',
      'Sorong',
      'B',
      WIT,
      {
        shortNames: ['Polda PBD'],
        abbreviations: ['PBD'],
        typeUnconfirmed: true,
        note: 'Formed by Kep/677/IV/2024; type B inferred — UNCONFIRMED.',
      },
    ),
  ] as const satisfies readonly PoldaRecord[])();
