/**
 * The words the first-stage gate looks for, in groups of equal weight. Kept apart from the scoring so the list can
 * grow without touching the logic; every entry costs bundle bytes and scanning time on every page, so only words
 * that are strong on their own, or common in chip news, belong here.
 *
 * A cue starts where no letter or digit precedes it ("Nvidias" yes, "grasshopper" no). `names` end at a
 * non-letter, after an optional plural or genitive "s" ("Nvidias", "H20-Chips", "GPUs"); `stems` run on into
 * German compounds ("Chipriesen", "Halbleiterwerk", "Lithografiesysteme"). Both are plain lower-case words, matched
 * case-insensitively, where "_" stands for an optional space or hyphen ("sk_hynix": "SK Hynix", "SK-Hynix").
 * `patterns` are regex sources for families of names (chip models), ending like names.
 */

export interface CueGroup {
  weight: number;
  names: string;
  stems?: string;
  patterns?: string[];
}

/** Firms that make or equip chips and little else, chip models, and words only chip news uses. */
export const STRONG: CueGroup = {
  weight: 3,
  names: `nvidia tsmc smic asml cambricon hygon sk_hynix hynix cerebras groq graphcore tenstorrent sambanova kunlunxin
    hisilicon zhaoxin loongson biren moore_threads enflame iluvatar metax globalfoundries rapidus ymtc cxmt hua_hong
    naura applied_materials lam_research tokyo_electron advantest huawei_ascend tpu mtia blackwell euv cuda nvlink
    cowos`,
  stems: `halbleiter semicond semi-cond ki_chip ai_chip speicherchip memory_chip chipherst chipfertig chipkonz chipries
    chipentw chipdesign chipindus chipbranche chipfabri chipwerk chipausr chipsektor chip_maker chip_designer
    chip_industry chip_export chip_war chipkrieg chips_act foundr auftragsfertig lithogra wafer grafikprozessor
    graphics_processor ki_beschleunig ai_accelerat rechenbeschleunig tensor_core`,
  // Nvidia H20, H200, B200, GB200, GH200, A100, A800; AMD MI300X, MI308, MI355X; Huawei Ascend 910C (a bare
  // "910C" too); Intel Gaudi 3; Cambricon MLU590; Amazon Trainium2; Microsoft Maia 200; HBM3E. The digits are
  // narrowed so that "Vitamin B12" and the "B52" bomber stay out.
  patterns: [
    'g?[hb][1-9]00?[a-z]?',
    'a[1-9]00',
    'mi[2-5]\\d\\d[a-z]?',
    // Only the letters Huawei gives its models (910B, 910C, 950PR, 950DT): "the 1960s" and "1970er" hold "960s"
    // and "970e", which the first stage's quick look, reading without word starts, would take for one.
    '(?:ascend[ -]?)?9[1-9]0[a-dp]',
    'ascend[ -]?9\\d0',
    'gaudi[ -]?\\d',
    'mlu[ -]?\\d{3}',
    '(?:trainium|inferentia)\\d?',
    'maia[ -]?\\d00',
    'hbm\\d?e?',
  ],
};

/** Chip firms that also turn up in reviews of consoles and phones, and words common in chip news. */
export const MEDIUM: CueGroup = {
  weight: 2,
  names: `amd qualcomm broadcom marvell mediatek micron infineon synopsys arm_holdings coreweave kunlun hopper gpu`,
  stems: `beschleuniger accelerator exportkontroll export_control nanomet`,
  // Process nodes: "7nm", "3-nm", "2 nm".
  patterns: ['\\d\\d?[ -]?nm'],
};

/**
 * Words of reviews, kitchens and sports: where several of them stand, "chip", "processor" and a chip firm named in
 * passing are about a console, a phone or a snack. "Chip shot" and "Chipkarte" are read as those, not as "chip".
 */
export const CONTRARY: CueGroup = {
  weight: 0,
  names: `konsole konsolen console controller gamepad smartphone handy akku battery batteries batterie batterien kamera
    camera display bildschirm screen lautsprecher speaker fazit verdict crisps potato potatoes vinegar essig salz salt
    salted snack recipe fries oven backofen tablespoon poker casino golf goalkeeper torwart kettle seasoning flavor
    flavour tortilla nachos chocolate schokolade wedge fairway bunker tee handicap birdie chip_shot chipping
    painter painters painting paintings painted gallery exhibition museum artist artists canvas maler malerei
    gemälde ausstellung galerie künstler`,
  stems: `kartoffel rezept frittier essl\u00f6ffel putt crunch geschmack knusprig chipkarte chip-karte`,
};

/**
 * Words of chip news that also mean other things: chips to eat, a processor in a laptop review. German compounds
 * with "chip" at their end are listed: matching "chip" inside any word would cost a regex try at every character.
 */
export const WEAK: CueGroup = {
  weight: 1,
  names: `chip chipsatz mikrochip grafikchip computerchip spezialchip prozessor prozessoren processor cpu transistor
    transistoren`,
  stems: `rechenzentr datenzentr data_cent`,
};

/**
 * Big tech firms: chip buyers and designers among much else. They add to other evidence but never make a page on
 * their own (their total is capped below the lowest threshold).
 */
export const GENERIC: CueGroup = {
  weight: 0.4,
  names: `apple google alphabet microsoft amazon samsung intel meta ibm`,
};

export const GROUPS: readonly CueGroup[] = [STRONG, MEDIUM, CONTRARY, WEAK, GENERIC];

/**
 * The groups that name chips or chip news: a page with none of their words is never chip news, whatever else it
 * names (the first stage checks for them before it asks the background at all; see `./prefilter.ts`).
 */
export const CHIP_GROUPS: readonly CueGroup[] = [STRONG, MEDIUM, WEAK];
