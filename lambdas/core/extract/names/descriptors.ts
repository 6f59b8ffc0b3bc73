/** Words glued to a name that describe the person, never part of the name. */
import { unicodePattern } from '../../unicode-pattern';

/**
 * A capitalized word joined to a participle: "Nigerian-born", "London-based" (where someone comes from),
 * "Harlow-owned", "Brightwater-backed" (who owns or backs a thing), "Rebel-held", "Vantar-ruled" (who holds a
 * town), "Award-winning", "Farsi-speaking", "Korean-related", and the standings below.
 */
export const DESCRIPTOR_COMPOUND = unicodePattern(
  String.raw`^\p{Uppercase}[\p{Alphabetic}.]*-(?:born|based|bred|raised|educated|trained|owned|controlled|backed|funded|seeded|seed|ranked|placed|held|ruled|occupied|led|run|related|speaking|winning)$`,
);

/** "Top-seeded", "fifth-seed", "second-ranked", "unseeded": a competitor's standing in sports reports. */
export const STANDING = /^(?:\p{Alphabetic}+-(?:seeded|seed|ranked)|unseeded|unranked)$/iu;
