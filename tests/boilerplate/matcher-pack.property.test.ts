import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packTrie, type PackedTrie } from '../../src/lexicon/boilerplate/matcher.js'

const NODE_STRIDE = 4
const LEAF = -1
const BRANCH = -2

/**
 * The packing as it was before `packTrie`: the edges in a `Map` (node * 0x10000 + unit → child, in the
 * order the nodes were made), read by its iterator, and the hash filled from the nodes a callback accepts.
 */
function oldPack(parents: readonly number[], units: readonly number[], open: readonly number[], bounded: readonly number[]): PackedTrie {
  const map = new Map<number, number>()
  for (let c = 1; c < parents.length; c++) map.set(parents[c]! * 0x10000 + units[c]!, c)
  const nodes = new Int32Array(NODE_STRIDE * open.length)
  const children = new Int32Array(open.length)
  for (const [edge, child] of map) {
    const node = Math.floor(edge / 0x10000)
    children[node]!++
    nodes[NODE_STRIDE * node + 2] = edge % 0x10000
    nodes[NODE_STRIDE * node + 3] = child
  }
  for (let node = 0; node < open.length; node++) {
    const at = NODE_STRIDE * node
    nodes[at] = open[node]! | bounded[node]!
    nodes[at + 1] = bounded[node]! & ~open[node]!
    if (children[node] !== 1) nodes[at + 2] = children[node] === 0 ? LEAF : BRANCH
  }
  const hashed = (node: number): boolean => children[node]! > 1
  let count = 0
  for (const edge of map.keys()) if (hashed(Math.floor(edge / 0x10000))) count++
  let size = 16
  while (size < 2 * count) size *= 2
  const edges = new Int32Array(3 * size)
  const mask = size - 1
  for (const [edge, child] of map) {
    const node = Math.floor(edge / 0x10000)
    if (!hashed(node)) continue
    const unit = edge % 0x10000
    let h = (Math.imul(Math.imul(node, 0x10001) ^ unit, 0x9e3779b1) >>> 16) & mask
    while (edges[3 * h] !== 0) h = (h + 1) & mask
    edges[3 * h] = node + 1
    edges[3 * h + 1] = unit
    edges[3 * h + 2] = child
  }
  return { nodes, edges, edgeMask: mask }
}

/**
 * A random trie as `PhraseTrie` numbers one: node `c` hangs from an earlier node by a unit no sibling
 * has (few units, so that nodes branch), with random category bits ending at each node.
 */
const trie = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom(0x20, 0x61, 0x62, 0x63, 0xe9, 0x4e2d, 0xffff), fc.nat(0x7fffffff), fc.nat(0x7fffffff)), { maxLength: 300 })
  .map((steps) => {
    const parents = [0]
    const units = [0]
    const open = [0]
    const bounded = [0]
    const taken = new Set<number>()
    for (const [p, unit, o, b] of steps) {
      const parent = p % parents.length
      if (taken.has(parent * 0x10000 + unit)) continue
      taken.add(parent * 0x10000 + unit)
      parents.push(parent)
      units.push(unit)
      open.push(o)
      bounded.push(b)
    }
    return { parents, units, open, bounded }
  })

describe('packTrie', () => {
  it('should pack a trie into the same node records and edge hash as the map-based packing', () => {
    fc.assert(
      fc.property(trie, ({ parents, units, open, bounded }) => {
        const got = packTrie(parents, units, open, bounded)
        const want = oldPack(parents, units, open, bounded)
        expect(got.edgeMask).toBe(want.edgeMask)
        expect([...got.nodes]).toEqual([...want.nodes])
        expect([...got.edges]).toEqual([...want.edges])
      }),
      { numRuns: 300 },
    )
  })

  it('should mark leaves and branches and hash only the edges of branching nodes', () => {
    // Root → a (1) → b (2), a → c (3): node 1 branches, the root and node 2 have one child or none.
    const { nodes, edges, edgeMask } = packTrie([0, 0, 1, 1], [0, 0x61, 0x62, 0x63], [0, 0, 1, 0], [0, 0, 0, 2])
    expect([...nodes.subarray(0, 4)]).toEqual([0, 0, 0x61, 1])
    expect(nodes[NODE_STRIDE + 2]).toBe(BRANCH)
    expect([...nodes.subarray(2 * NODE_STRIDE, 3 * NODE_STRIDE)]).toEqual([1, 0, LEAF, 0])
    expect([...nodes.subarray(3 * NODE_STRIDE, 4 * NODE_STRIDE)]).toEqual([2, 2, LEAF, 0])
    expect(edgeMask).toBe(15)
    const slots = [...Array(edgeMask + 1).keys()].filter((h) => edges[3 * h] !== 0).map((h) => [...edges.subarray(3 * h, 3 * h + 3)])
    expect(slots.sort((a, b) => a[1]! - b[1]!)).toEqual([
      [2, 0x62, 2],
      [2, 0x63, 3],
    ])
  })
})
