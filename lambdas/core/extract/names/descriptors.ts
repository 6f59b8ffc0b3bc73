/** Words glued to a name that describe the person, never part of the name. */

/**
 * A capitalized word joined to a participle: "Nigerian-born", "London-based" (where someone comes from),
 * "Harlow-owned", "Brightwater-backed" (who owns or backs a thing), "Rebel-held", "Vantar-ruled" (who holds a
 * town), "Award-winning", "Farsi-speaking", "Korean-related", and the standings below.
 */
export const DESCRIPTOR_COMPOUND =
  /^\p{Lu}[\p{L}.]*-(?:born|based|bred|raised|educated|trained|owned|controlled|backed|funded|seeded|seed|ranked|placed|held|ruled|occupied|led|run|related|speaking|winning)$/u;

/** "Top-seeded", "fifth-seed", "second-ranked", "unseeded": a competitor's standing in sports reports. */
export const STANDING = /^(?:\p{L}+-(?:seeded|seed|ranked)|unseeded|unranked)$/iu;
