/**
 * Unit symbols and model-name suffixes that are written glued to a number (`5G`, `2.4GHz`, `500kV`,
 * `16MW`, `100km`). The glued-word repair uses them to find where a unit ends and a glued word begins
 * (`5GMajor` → `5G Major`); a number followed only by a unit is never split.
 */
export const UNIT_SYMBOLS: readonly string[] = [
  // SI prefixes with watts, volts, hertz, bytes, bits, grams, metres, litres, joules, pascals, amperes
  'G', 'K', 'M', 'T', 'P', 'E', 'B', 'V', 'W', 'A', 'J', 'L', 'Hz', 'GHz', 'MHz', 'kHz', 'THz',
  'kV', 'MV', 'mV', 'kW', 'MW', 'GW', 'TW', 'mW', 'kWh', 'MWh', 'GWh', 'TWh', 'mAh', 'Ah', 'mA',
  'KB', 'MB', 'GB', 'TB', 'PB', 'Kb', 'Mb', 'Gb', 'Tb', 'Mbps', 'Gbps', 'Kbps', 'kB',
  'km', 'cm', 'mm', 'nm', 'm', 'kg', 'mg', 'g', 'mL', 'ml', 'l', 'kPa', 'MPa', 'Pa', 'K', 'C', 'F',
  // generations and versions: 5G, 4K, 3D, 2nd
  'D', 'X', 'S', 'nd', 'rd', 'st', 'th', 's',
]
