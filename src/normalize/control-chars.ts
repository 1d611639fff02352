import { editMatches } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'

// C0 controls other than tab and the line breaks segmentation already consumed, DEL, and C1 controls.
// C1 controls are evidence of mojibake, so this runs after the mojibake repair has had its look.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F]+/g
// eslint-disable-next-line no-control-regex -- as above
const HAS_CONTROL = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F]/

/** Delete C0 and C1 control characters (tab excepted) that no text means to contain. */
export const controlChars: BlockRule = {
  id: 'normalize/control-chars',
  description: 'Delete C0/C1 control characters other than tab.',
  trigger: HAS_CONTROL,
  apply: (block) => editMatches(block, CONTROL, controlChars.id, () => ''),
}
