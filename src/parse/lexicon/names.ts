// Words inside and after people's names: particles ("bin", "van") and suffixes ("Jr.", "MP").

/** Particles between the words of a name: "Mohammed bin Salman", "Ursula von der Leyen". */
export const PARTICLE = '(?:bin|bint|al|el|de|da|di|del|der|van|von|dos|du|la|le)'

/** Suffixes and post-nominal letters after a name: "Jr.", "III", "MP", "KCMG". */
export const SUFFIX = '(?:Jr\\.?|Sr\\.?|II|III|IV|MP|QC|KC|AO|AC|CBE|OBE|KCMG|GCMG|CMG)(?!\\p{L})'
